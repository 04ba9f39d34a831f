import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AppComponent } from './app.component';
import { byTestId, CITIZEN, fakeSession } from './testing/portal-fixtures';

@Component({ template: '<h1>Trang</h1>' })
class PageComponent {}

describe('AppComponent', () => {
  function render(loggedIn: boolean) {
    localStorage.clear();
    const session = fakeSession(loggedIn ? CITIZEN : null);
    TestBed.configureTestingModule({
      providers: [session.provider, provideRouter([{ path: '**', component: PageComponent }])],
    });
    const fixture = TestBed.createComponent(AppComponent);
    return { fixture, session: session.fake, element: fixture.nativeElement as HTMLElement };
  }

  it('should offer login and registration to a visitor, with a skip link to the main content', async () => {
    const { fixture, element } = render(false);
    await fixture.whenStable();
    expect(element.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(element.querySelector('main#main')).toBeTruthy();
    expect(byTestId(element, 'nav-login').getAttribute('href')).toBe('/dang-nhap');
    expect(byTestId(element, 'nav-register').getAttribute('href')).toBe('/dang-ky');
    expect(element.querySelector('[data-testid="nav-my-dossiers"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-logout"]')).toBeNull();
    expect(element.querySelector('.app-brand')?.textContent).toContain('Cổng dịch vụ công tỉnh');
  });

  it('should offer "Hồ sơ của tôi" and logout to a citizen, and log out to the home page', async () => {
    const { fixture, element, session } = render(true);
    await TestBed.inject(Router).navigateByUrl('/ho-so-cua-toi');
    await fixture.whenStable();
    expect(byTestId(element, 'nav-my-dossiers').getAttribute('href')).toBe('/ho-so-cua-toi');
    expect(byTestId(element, 'nav-my-dossiers').getAttribute('aria-current')).toBe('page');
    expect(element.querySelector('[data-testid="nav-login"]')).toBeNull();

    session.logout.mockImplementation(async () => session.setUser(null));
    byTestId<HTMLButtonElement>(element, 'nav-logout').click();
    await fixture.whenStable();
    await fixture.whenStable();
    expect(session.logout).toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/');
    expect(byTestId(element, 'nav-login')).toBeTruthy();
  });

  it('should move focus to the new page heading after navigating', async () => {
    const { fixture, element } = render(false);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/thu-tuc');
    await fixture.whenStable();
    await router.navigateByUrl('/tra-cuu');
    await fixture.whenStable();
    const heading = element.querySelector('main h1');
    expect(document.activeElement).toBe(heading);
    expect(heading?.getAttribute('tabindex')).toBe('-1');
  });
});
