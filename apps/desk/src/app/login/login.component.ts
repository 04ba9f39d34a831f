import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { STAFF_ROLES } from '@dvc/shared/domain';
import type { ApiError } from '@dvc/shared/contracts';
import { M } from '../i18n/messages';

/** Only same-app paths are followed after login ("/ho-so/…"), never another site ("//evil", "https://…"). */
export function safeReturnUrl(value: string | undefined | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/** Staff login. A citizen account is told this is the staff desk, logged out, and pointed to the portal. */
@Component({
  selector: 'sd-login',
  imports: [ErrorAlertComponent, LocalizePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.login { max-width: 28rem; margin: 0 auto; }`,
  template: `
    <section class="login">
      <h1>{{ m.loginTitle | loc }}</h1>
      <p class="muted">{{ m.loginIntro | loc }}</p>

      @if (citizenNotice()) {
        <div class="alert alert--info" role="alert" data-testid="citizen-refused">
          <p>{{ m.citizenRefused | loc }}</p>
          <p><a href="/" data-testid="portal-link">{{ m.goToPortal | loc }}</a></p>
          @if (citizenLoggedIn()) {
            <p>
              <button type="button" class="button button--secondary" data-testid="citizen-logout" (click)="logoutCitizen()">
                {{ m.logoutToSwitch | loc }}
              </button>
            </p>
          }
        </div>
      } @else if (staffLoggedIn()) {
        <div class="alert alert--info" role="status">
          <p>{{ m.alreadySignedIn | loc }} <a routerLink="/">{{ m.openInbox | loc }}</a></p>
        </div>
      }

      <ui-error-alert [error]="error()" />
      @if (missing()) {
        <p class="alert alert--error" role="alert" data-testid="login-missing">{{ m.loginMissing | loc }}</p>
      }

      <form class="card" novalidate (submit)="submit($event, email.value, password.value)">
        <div class="field">
          <label for="login-email">{{ m.email | loc }}</label>
          <input #email id="login-email" type="email" name="email" autocomplete="username" required data-testid="login-email"
            [attr.aria-invalid]="missing() && !email.value ? 'true' : null" />
        </div>
        <div class="field">
          <label for="login-password">{{ m.password | loc }}</label>
          <input #password id="login-password" type="password" name="password" autocomplete="current-password" required
            data-testid="login-password" [attr.aria-invalid]="missing() && !password.value ? 'true' : null" />
        </div>
        <button type="submit" class="button" data-testid="login-submit" [disabled]="busy()">
          {{ (busy() ? m.loggingIn : m.loginSubmit) | loc }}
        </button>
      </form>
    </section>
  `,
})
export class LoginComponent {
  /** Where to go after login (query parameter, set by the staff guard). */
  readonly returnUrl = input<string>();

  protected readonly m = M;
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly missing = signal(false);
  private readonly refusedCitizen = signal(false);

  protected readonly citizenLoggedIn = computed(() => this.session.role() === 'citizen');
  protected readonly staffLoggedIn = computed(() => {
    const role = this.session.role();
    return role !== null && STAFF_ROLES.includes(role);
  });
  protected readonly citizenNotice = computed(() => this.refusedCitizen() || this.citizenLoggedIn());

  protected async submit(event: Event, email: string, password: string): Promise<void> {
    event.preventDefault();
    this.error.set(null);
    this.refusedCitizen.set(false);
    this.missing.set(!email.trim() || !password);
    if (this.missing()) return;
    this.busy.set(true);
    try {
      const user = await this.session.login({ email: email.trim(), password });
      if (!STAFF_ROLES.includes(user.role)) {
        this.refusedCitizen.set(true);
        await this.session.logout().catch(() => undefined);
        return;
      }
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async logoutCitizen(): Promise<void> {
    await this.session.logout().catch(() => undefined);
  }
}
