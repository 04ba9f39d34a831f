import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
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
