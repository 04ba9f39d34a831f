import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, CITIZEN, fakeSession, typeInto } from '../../testing/portal-fixtures';
import { LoginComponent } from './login.component';

@Component({ template: '<h1>target</h1>' })
class TargetComponent {}

describe('LoginComponent', () => {
  let session: ReturnType<typeof fakeSession>['fake'];
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    const fake = fakeSession(null);
    session = fake.fake;
    TestBed.configureTestingModule({
      providers: [
        fake.provider,
        provideRouter(
          [
            { path: 'dang-nhap', component: LoginComponent },
            { path: '**', component: TargetComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  const element = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();

  async function logIn(email: string, password: string): Promise<void> {
    typeInto(byTestId<HTMLInputElement>(element(), 'login-email'), email);
    typeInto(byTestId<HTMLInputElement>(element(), 'login-password'), password);
    byTestId<HTMLButtonElement>(element(), 'login-submit').click();
    await stable();
    await stable();
  }

  it("should show the server's message when the credentials are wrong", async () => {
    await harness.navigateByUrl('/dang-nhap');
    session.login.mockRejectedValue(
      new HttpErrorResponse({
        status: 401,
        error: {
          statusCode: 401,
          code: 'AUTH.INVALID_CREDENTIALS',
          message: 'Thư điện tử hoặc mật khẩu không đúng / Wrong e-mail or password',
          correlationId: 'corr-9',
        },
      }),
    );
    await logIn('cong@example.vn', 'sai-mat-khau');

    expect(session.login).toHaveBeenCalledWith({ email: 'cong@example.vn', password: 'sai-mat-khau' });
    const alert = byTestId(element(), 'error-alert');
    expect(alert.dataset['code']).toBe('AUTH.INVALID_CREDENTIALS');
    expect(alert.textContent).toContain('Thư điện tử hoặc mật khẩu không đúng');
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
    expect(byTestId<HTMLButtonElement>(element(), 'login-submit').disabled).toBe(false);
  });

  it('should go back to the returnUrl after logging in', async () => {
    await harness.navigateByUrl('/dang-nhap?returnUrl=%2Fnop-ho-so%2F1.001193');
    session.login.mockResolvedValue(CITIZEN);
    await logIn(' cong@example.vn ', 'Mat-khau-2026!');
    expect(session.login).toHaveBeenCalledWith({ email: 'cong@example.vn', password: 'Mat-khau-2026!' });
    expect(TestBed.inject(Router).url).toBe('/nop-ho-so/1.001193');
  });

  it('should not follow a returnUrl to another site', async () => {
    await harness.navigateByUrl('/dang-nhap?returnUrl=%2F%2Fevil.example');
    session.login.mockResolvedValue(CITIZEN);
    await logIn('cong@example.vn', 'Mat-khau-2026!');
    expect(TestBed.inject(Router).url).toBe('/ho-so-cua-toi');
  });

  it('should ask for both fields before calling the server', async () => {
    await harness.navigateByUrl('/dang-nhap');
    byTestId<HTMLButtonElement>(element(), 'login-submit').click();
    await stable();
    expect(session.login).not.toHaveBeenCalled();
    const email = byTestId<HTMLInputElement>(element(), 'login-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector(`#${email.getAttribute('aria-describedby') ?? 'none'}`)?.textContent).toContain('Trường này là bắt buộc');
  });
});
