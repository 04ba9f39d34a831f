import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ApiError } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { safeReturnUrl } from '../../core/return-url';
import { COMMON_TEXT } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Đăng nhập', en: 'Log in' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  submit: { vi: 'Đăng nhập', en: 'Log in' },
  submitting: { vi: 'Đang đăng nhập…', en: 'Logging in…' },
  noAccount: { vi: 'Chưa có tài khoản?', en: 'No account yet?' },
  register: { vi: 'Đăng ký', en: 'Register' },
  needLogin: { vi: 'Hãy đăng nhập để tiếp tục.', en: 'Please log in to continue.' },
} satisfies Record<string, Label>;

/** Login; afterwards back to the page that asked for it (`?returnUrl=`) or to "Hồ sơ của tôi". */
@Component({
  selector: 'cp-login',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth card">
      <h1>{{ t.title | loc }}</h1>
      @if (returnUrl()) {
        <p class="alert alert--info">{{ t.needLogin | loc }}</p>
      }
      <ui-error-alert [error]="error()" />
      <form novalidate (submit)="submit($event)">
        <div class="field">
          <label for="login-email">{{ t.email | loc }}</label>
          <input id="login-email" type="email" name="email" autocomplete="username" required data-testid="login-email"
            [value]="email()" (input)="email.set(value($event))"
            [attr.aria-invalid]="emailMissing() ? 'true' : null" [attr.aria-describedby]="emailMissing() ? 'login-email-error' : null" />
          @if (emailMissing()) {
            <span class="error-text" id="login-email-error">{{ common.requiredError | loc }}</span>
          }
        </div>
        <div class="field">
          <label for="login-password">{{ t.password | loc }}</label>
          <input id="login-password" type="password" name="password" autocomplete="current-password" required data-testid="login-password"
            [value]="password()" (input)="password.set(value($event))"
            [attr.aria-invalid]="passwordMissing() ? 'true' : null" [attr.aria-describedby]="passwordMissing() ? 'login-password-error' : null" />
          @if (passwordMissing()) {
            <span class="error-text" id="login-password-error">{{ common.requiredError | loc }}</span>
          }
        </div>
        <button type="submit" class="button" data-testid="login-submit" [disabled]="busy()">{{ (busy() ? t.submitting : t.submit) | loc }}</button>
      </form>
      <p>{{ t.noAccount | loc }} <a routerLink="/dang-ky" [queryParams]="returnUrl() ? { returnUrl: returnUrl() } : {}">{{ t.register | loc }}</a></p>
    </div>
  `,
  styles: `.auth { max-width: 28rem; margin: 0 auto; }`,
})
export class LoginComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** `?returnUrl=` set by the route guard. */
  readonly returnUrl = input<string | undefined>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly attempted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly emailMissing = computed(() => this.attempted() && !this.email().trim());
  protected readonly passwordMissing = computed(() => this.attempted() && !this.password());

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.attempted.set(true);
    if (this.emailMissing() || this.passwordMissing() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.session.login({ email: this.email().trim(), password: this.password() });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (failure) {
      this.error.set(toApiError(failure));
    } finally {
      this.busy.set(false);
    }
  }
}
