import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type Route } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@dvc/web/data-access';
import { USER_ROLES, type UserRole } from '@dvc/shared/domain';
import { AppComponent } from '../app.component';
import { DESK_ROUTES } from '../app.routes';
import { fakeSession, user } from '../testing/desk-fixtures';

@Component({ template: 'inbox' })
class InboxStubComponent {}

/** The catalogue's entry of the desk's routes, as the app declares it (guard and lazy children included). */
function catalogueRoute(): Route {
  const route = DESK_ROUTES.find((candidate) => candidate.path === '')?.children?.find((child) => child.path === 'danh-muc-thu-tuc');
  if (!route) throw new Error('no catalogue route');
  return route;
}

const OTHER_STAFF = USER_ROLES.filter((role) => role !== 'province_admin' && role !== 'citizen');

describe('catalogue administration access', () => {
  async function navigate(role: UserRole, url: string): Promise<{ url: string; text: string }> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: InboxStubComponent }, catalogueRoute()]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: fakeSession(user(role)) },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return { url: TestBed.inject(Router).url, text: (harness.routeNativeElement as HTMLElement | null)?.textContent ?? '' };
  }

  it('should open the catalogue pages for a province admin', async () => {
    const page = await navigate('province_admin', '/danh-muc-thu-tuc/nhap-xuat');
    expect(page.url).toBe('/danh-muc-thu-tuc/nhap-xuat');
    expect(page.text).toContain('Nhập danh mục từ tệp');
  });

  it.each(OTHER_STAFF)('should send the role %s to the inbox instead', async (role) => {
    expect((await navigate(role, '/danh-muc-thu-tuc/nhap-xuat')).url).toBe('/');
  });
});

describe('catalogue navigation entry', () => {
  function navLinks(role: UserRole): HTMLAnchorElement[] {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: InboxStubComponent }]), { provide: SessionStore, useValue: fakeSession(user(role)) }],
    });
    const fixture = TestBed.createComponent(AppComponent);
    fixture.detectChanges();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('nav.app-nav a[data-testid="nav-catalogue"]')];
  }

  it('should show "Danh mục thủ tục" to a province admin', () => {
    const [link] = navLinks('province_admin');
    expect(link?.textContent?.trim()).toBe('Danh mục thủ tục');
    expect(link?.getAttribute('href')).toBe('/danh-muc-thu-tuc');
  });

  it.each(OTHER_STAFF)('should not show it to the role %s', (role) => {
    expect(navLinks(role)).toHaveLength(0);
  });
});
