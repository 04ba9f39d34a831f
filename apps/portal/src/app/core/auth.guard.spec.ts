import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CITIZEN, fakeSession } from '../testing/portal-fixtures';
import { loggedInGuard, loggedOutGuard } from './auth.guard';
import { safeReturnUrl } from './return-url';

@Component({ template: '<h1>page</h1>' })
class PageComponent {}

describe('route guards', () => {
  function setUp(loggedIn: boolean) {
    const session = fakeSession(loggedIn ? CITIZEN : null);
    TestBed.configureTestingModule({
      providers: [
        session.provider,
        provideRouter([
          { path: 'nop-ho-so/:code', component: PageComponent, canActivate: [loggedInGuard] },
          { path: 'dang-nhap', component: PageComponent, canActivate: [loggedOutGuard] },
          { path: 'ho-so-cua-toi', component: PageComponent },
        ]),
      ],
    });
    return TestBed.inject(Router);
  }

  it('should send a visitor from the apply page to the login page with the page as returnUrl', async () => {
    const router = setUp(false);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nop-ho-so/1.001193');
    expect(router.url).toBe('/dang-nhap?returnUrl=%2Fnop-ho-so%2F1.001193');
  });

  it('should let a logged-in citizen open the apply page', async () => {
    const router = setUp(true);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/nop-ho-so/1.001193');
    expect(router.url).toBe('/nop-ho-so/1.001193');
  });

  it('should send a logged-in citizen from the login page straight to the returnUrl', async () => {
    const router = setUp(true);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dang-nhap?returnUrl=%2Fnop-ho-so%2F1.001193');
    expect(router.url).toBe('/nop-ho-so/1.001193');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/nop-ho-so/1.001193', '/nop-ho-so/1.001193'],
    ['/thu-tuc?q=khai%20sinh', '/thu-tuc?q=khai%20sinh'],
    [undefined, '/ho-so-cua-toi'],
    ['', '/ho-so-cua-toi'],
    ['https://evil.example/', '/ho-so-cua-toi'],
    ['//evil.example/', '/ho-so-cua-toi'],
    ['/\\evil.example/', '/ho-so-cua-toi'],
  ])('should follow %j as %j', (raw, expected) => {
    expect(safeReturnUrl(raw)).toBe(expected);
  });
});
