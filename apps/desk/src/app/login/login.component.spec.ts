import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@dvc/web/data-access';
import { user } from '../testing/desk-fixtures';
import { LoginComponent, safeReturnUrl } from './login.component';

@Component({ template: 'inbox' })
class InboxStubComponent {}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('LoginComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'dang-nhap', component: LoginComponent },
            { path: 'ho-so/:id', component: InboxStubComponent },
            { path: '', component: InboxStubComponent },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T | null => element().querySelector<T>(`[data-testid="${id}"]`);

  async function settle(): Promise<void> {
    TestBed.tick();
    await nextMacrotask();
    await harness.fixture.whenStable();
  }

  async function submit(email: string, password: string): Promise<void> {
    const emailInput = byTestId<HTMLInputElement>('login-email');
    const passwordInput = byTestId<HTMLInputElement>('login-password');
    if (!emailInput || !passwordInput) throw new Error('login form missing');
    emailInput.value = email;
    passwordInput.value = password;
    byTestId<HTMLButtonElement>('login-submit')?.click();
    await settle();
  }

  it('should label both inputs', async () => {
    await harness.navigateByUrl('/dang-nhap', LoginComponent);
    expect(element().querySelector('label[for="login-email"]')?.textContent?.trim()).toBe('Thư điện tử');
    expect(element().querySelector('label[for="login-password"]')?.textContent?.trim()).toBe('Mật khẩu');
  });

  it("should show the server's error when the login is refused", async () => {
    await harness.navigateByUrl('/dang-nhap', LoginComponent);
    await submit('motcua@demo.dvc.vn', 'sai-mat-khau');
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'motcua@demo.dvc.vn', password: 'sai-mat-khau' });
    request.flush(
      { statusCode: 401, code: 'AUTH.INVALID_CREDENTIALS', message: 'Sai thư điện tử hoặc mật khẩu', correlationId: 'c-1' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    const alert = byTestId('error-alert');
    expect(alert?.dataset['code']).toBe('AUTH.INVALID_CREDENTIALS');
    expect(alert?.textContent).toContain('Sai thư điện tử hoặc mật khẩu');
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
    expect(byTestId<HTMLButtonElement>('login-submit')?.disabled).toBe(false);
  });

  it('should not call the server when a field is empty', async () => {
    await harness.navigateByUrl('/dang-nhap', LoginComponent);
    await submit('motcua@demo.dvc.vn', '');
    http.expectNone('/api/v1/auth/login');
    expect(byTestId('login-missing')).not.toBeNull();
    expect(byTestId('login-password')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('should go to the address the guard kept after a staff login', async () => {
    await harness.navigateByUrl('/dang-nhap?returnUrl=%2Fho-so%2Fabc', LoginComponent);
    await submit('motcua@demo.dvc.vn', 'Demo@12345');
    http.expectOne('/api/v1/auth/login').flush(user('desk_officer'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/ho-so/abc');
    expect(TestBed.inject(SessionStore).role()).toBe('desk_officer');
  });

  it('should refuse a citizen: log them out and point to the portal', async () => {
    await harness.navigateByUrl('/dang-nhap', LoginComponent);
    await submit('congdan@demo.dvc.vn', 'Demo@12345');
    http.expectOne('/api/v1/auth/login').flush(user('citizen'));
    await settle();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
    expect(TestBed.inject(SessionStore).loggedIn()).toBe(false);
    expect(byTestId('citizen-refused')?.textContent).toContain('dành cho cán bộ');
    expect(byTestId('portal-link')?.getAttribute('href')).toBe('/');
  });

  it('should tell a citizen who is still logged in that this is the staff desk, and offer to log out', async () => {
    const restored = TestBed.inject(SessionStore).restore();
    http.expectOne('/api/v1/auth/session').flush({ user: user('citizen') });
    await restored;
    await harness.navigateByUrl('/dang-nhap?returnUrl=%2F', LoginComponent);
    expect(byTestId('citizen-refused')).not.toBeNull();
    byTestId<HTMLButtonElement>('citizen-logout')?.click();
    await settle();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(byTestId('citizen-refused')).toBeNull();
  });

  it.each([
    ['/ho-so/abc?x=1', '/ho-so/abc?x=1'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    [undefined, '/'],
  ])('should follow only same-app return addresses (%s → %s)', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
