import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';
import { AppComponent } from './app.component';
import { fakeSession, user } from './testing/desk-fixtures';

@Component({ template: 'page' })
class PageStubComponent {}

describe('AppComponent (desk layout)', () => {
  function render(session: ReturnType<typeof fakeSession>) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: PageStubComponent }]),
        { provide: SessionStore, useValue: session },
      ],
    });
    const fixture = TestBed.createComponent(AppComponent);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('should show the desk title, the staff member, their role in Vietnamese and their agencies', () => {
    const { element } = render(fakeSession(user('specialist', { fullName: 'Phạm Chuyên Viên' })));
    expect(element.querySelector('.app-brand')?.textContent).toContain('Một cửa — Bộ phận tiếp nhận và trả kết quả');
    const current = element.querySelector('[data-testid="current-user"]')?.textContent ?? '';
    expect(current).toContain('Phạm Chuyên Viên');
    expect(current).toContain('Chuyên viên');
    expect(current).toContain('UBND xã Tân Phú');
    expect(element.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(element.querySelector('[data-testid="nav-inbox"]')?.textContent?.trim()).toBe('Hồ sơ');
  });

  it.each<[UserRole, string[]]>([
    ['desk_officer', ['nav-inbox', 'nav-tracking-book']],
    ['specialist', ['nav-inbox', 'nav-tracking-book']],
    ['leader', ['nav-inbox', 'nav-tracking-book']],
    ['agency_admin', ['nav-inbox', 'nav-tracking-book', 'nav-calendar', 'nav-dead-letters', 'nav-health']],
    ['province_admin', ['nav-inbox', 'nav-tracking-book', 'nav-calendar', 'nav-audit', 'nav-dead-letters', 'nav-health', 'nav-catalogue', 'nav-agencies']],
  ])('should offer a %s the pages of their role', (role, expected) => {
    const { element } = render(fakeSession(user(role)));
    const links = [...element.querySelectorAll<HTMLAnchorElement>('nav.app-nav a')];
    expect(links.map((link) => link.dataset['testid'])).toEqual(expected);
    const hrefs = Object.fromEntries(links.map((link) => [link.dataset['testid'], link.getAttribute('href')]));
    expect(hrefs['nav-tracking-book']).toBe('/so-theo-doi');
    if (expected.includes('nav-calendar')) expect(hrefs['nav-calendar']).toBe('/lich-lam-viec');
    if (expected.includes('nav-audit')) expect(hrefs['nav-audit']).toBe('/kiem-tra-nhat-ky');
    if (expected.includes('nav-dead-letters')) expect(hrefs['nav-dead-letters']).toBe('/tac-vu-loi');
    if (expected.includes('nav-health')) expect(hrefs['nav-health']).toBe('/he-thong');
    if (expected.includes('nav-agencies')) expect(hrefs['nav-agencies']).toBe('/co-quan');
    expect(element.querySelector('[data-testid="nav-tracking-book"]')?.textContent?.trim()).toBe('Sổ theo dõi');
  });

  it('should mark the current page in the navigation: the inbox for dossiers, the calendar on its page', async () => {
    const { fixture, element } = render(fakeSession(user('province_admin')));
    const router = TestBed.inject(Router);
    const current = (): (string | undefined)[] =>
      [...element.querySelectorAll<HTMLAnchorElement>('nav.app-nav a[aria-current="page"]')].map((link) => link.dataset['testid']);

    await router.navigateByUrl('/ho-so/abc');
    await fixture.whenStable();
    expect(current()).toEqual(['nav-inbox']);

    await router.navigateByUrl('/lich-lam-viec');
    await fixture.whenStable();
    expect(current()).toEqual(['nav-calendar']);
    expect(element.querySelector('[data-testid="nav-calendar"]')?.textContent?.trim()).toBe('Lịch làm việc');
    expect(element.querySelector('[data-testid="nav-audit"]')?.textContent?.trim()).toBe('Kiểm tra nhật ký');
    expect(element.querySelector('[data-testid="nav-dead-letters"]')?.textContent?.trim()).toBe('Tác vụ lỗi');
    expect(element.querySelector('[data-testid="nav-health"]')?.textContent?.trim()).toBe('Tình trạng hệ thống');

    await router.navigateByUrl('/tac-vu-loi');
    await fixture.whenStable();
    expect(current()).toEqual(['nav-dead-letters']);
  });

  it('should show neither navigation nor logout to an anonymous visitor', () => {
    const { element } = render(fakeSession(null));
    expect(element.querySelector('[data-testid="nav-logout"]')).toBeNull();
    expect(element.querySelector('[data-testid="current-user"]')).toBeNull();
    expect(element.querySelector('[data-testid="language-switch"]')).not.toBeNull();
  });

  it('should log out and go to the login page', async () => {
    const session = fakeSession(user('leader'));
    const { fixture, element } = render(session);
    (element.querySelector('[data-testid="nav-logout"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(session.logout).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
    expect(element.querySelector('[data-testid="nav-logout"]')).toBeNull();
  });
});
