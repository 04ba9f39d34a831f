import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, CITIZEN, fakeSession, typeInto } from '../../testing/portal-fixtures';
import { RegisterComponent } from './register.component';

@Component({ template: '<h1>target</h1>' })
class TargetComponent {}

describe('RegisterComponent', () => {
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
            { path: 'dang-ky', component: RegisterComponent },
            { path: '**', component: TargetComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dang-ky');
  });

  const element = () => harness.routeNativeElement as HTMLElement;
  const input = (testId: string) => byTestId<HTMLInputElement>(element(), testId);
  const stable = () => harness.fixture.whenStable();

  async function submit(): Promise<void> {
    byTestId<HTMLButtonElement>(element(), 'register-submit').click();
    await stable();
    await stable();
  }

  it("should check the server's rules (password length, 12-digit personal id) before sending", async () => {
    typeInto(input('register-fullname'), 'Trần Văn Công');
    typeInto(input('register-email'), 'cong@example.vn');
    typeInto(input('register-password'), 'ngan');
    typeInto(input('register-personal-id'), '12345');
    await submit();
    expect(session.register).not.toHaveBeenCalled();
    expect(input('register-password').getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector('#register-password-error')?.textContent).toContain('Ít nhất 8 ký tự');
    expect(element().querySelector('#register-personalId-error')?.textContent).toContain('12 chữ số');
    expect(input('register-phone').getAttribute('aria-invalid')).toBeNull();
  });

  it('should register with the filled fields only and go to "Hồ sơ của tôi"', async () => {
    session.register.mockResolvedValue(CITIZEN);
    typeInto(input('register-fullname'), ' Trần Văn Công ');
    typeInto(input('register-email'), 'cong@example.vn');
    typeInto(input('register-password'), 'Mat-khau-2026!');
    await submit();
    expect(session.register).toHaveBeenCalledWith({ fullName: 'Trần Văn Công', email: 'cong@example.vn', password: 'Mat-khau-2026!' });
    expect(TestBed.inject(Router).url).toBe('/ho-so-cua-toi');
  });

  it('should show a taken e-mail on the e-mail field and in the alert', async () => {
    session.register.mockRejectedValue(
      new HttpErrorResponse({
        status: 409,
        error: { statusCode: 409, code: 'AUTH.EMAIL_TAKEN', message: 'Thư điện tử này đã có tài khoản; hãy đăng nhập / This e-mail already has an account', correlationId: 'c' },
      }),
    );
    typeInto(input('register-fullname'), 'Trần Văn Công');
    typeInto(input('register-email'), 'cong@example.vn');
    typeInto(input('register-password'), 'Mat-khau-2026!');
    await submit();
    expect(byTestId(element(), 'error-alert').dataset['code']).toBe('AUTH.EMAIL_TAKEN');
    expect(input('register-email').getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector('#register-email-error')?.textContent).toBe('Thư điện tử này đã có tài khoản; hãy đăng nhập');
  });
});
