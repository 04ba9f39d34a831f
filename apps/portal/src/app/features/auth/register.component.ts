import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, RegisterRequest } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, serverTextLabel } from '@dvc/web/ui';
import { safeReturnUrl } from '../../core/return-url';
import { COMMON_TEXT } from '../../i18n/messages';

type RegisterField = keyof RegisterRequest;

/** The same rules as the server's RegisterDto (libs/server/identity), checked before sending. */
export const REGISTER_RULES: Record<RegisterField, { required: boolean; test: (value: string) => boolean; hint: Label }> = {
  fullName: {
    required: true,
    test: (value) => value.length >= 2 && value.length <= 120,
    hint: { vi: 'Từ 2 đến 120 ký tự, như trên căn cước.', en: '2–120 characters, as on your ID card.' },
  },
  email: {
    required: true,
    test: (value) => value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    hint: { vi: 'Dùng để đăng nhập và nhận thư báo về hồ sơ.', en: 'Used to log in and to get e-mails about your dossiers.' },
  },
  password: {
    required: true,
    test: (value) => value.length >= 8 && value.length <= 128,
    hint: { vi: 'Ít nhất 8 ký tự (tối đa 128).', en: 'At least 8 characters (at most 128).' },
  },
  phone: {
    required: false,
    test: (value) => /^\+?[0-9]{9,12}$/.test(value),
    hint: { vi: 'Từ 9 đến 12 chữ số, có thể bắt đầu bằng +.', en: '9 to 12 digits, optionally starting with +.' },
  },
  personalId: {
    required: false,
    test: (value) => /^[0-9]{12}$/.test(value),
    hint: { vi: 'Số định danh cá nhân gồm 12 chữ số (số căn cước).', en: 'The 12-digit personal identification number.' },
  },
};

const TEXT = {
  title: { vi: 'Đăng ký tài khoản', en: 'Create an account' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  personalId: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  invalid: { vi: 'Giá trị chưa đúng: ', en: 'Not valid: ' },
  submit: { vi: 'Đăng ký', en: 'Register' },
  submitting: { vi: 'Đang đăng ký…', en: 'Registering…' },
  haveAccount: { vi: 'Đã có tài khoản?', en: 'Already registered?' },
  login: { vi: 'Đăng nhập', en: 'Log in' },
} satisfies Record<string, Label>;

const FIELDS: readonly { key: RegisterField; type: string; autocomplete: string; testId: string; inputmode?: string }[] = [
  { key: 'fullName', type: 'text', autocomplete: 'name', testId: 'register-fullname' },
  { key: 'email', type: 'email', autocomplete: 'email', testId: 'register-email' },
  { key: 'password', type: 'password', autocomplete: 'new-password', testId: 'register-password' },
  { key: 'phone', type: 'tel', autocomplete: 'tel', testId: 'register-phone', inputmode: 'tel' },
  { key: 'personalId', type: 'text', autocomplete: 'off', testId: 'register-personal-id', inputmode: 'numeric' },
];

/** Citizen registration; logged in at once, then back to `?returnUrl=` or "Hồ sơ của tôi". */
@Component({
  selector: 'cp-register',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth card">
      <h1>{{ t.title | loc }}</h1>
      <ui-error-alert [error]="error()" />
      <form novalidate (submit)="submit($event)">
        @for (field of fields; track field.key) {
          @let id = 'register-' + field.key;
          @let fieldError = errors()[field.key];
          <div class="field">
            <label [for]="id">{{ t[field.key] | loc }}@if (rules[field.key].required) {
                <span class="marker" aria-hidden="true"> *</span><span class="visually-hidden">{{ common.required | loc }}</span>
              } @else {
                <span class="hint"> {{ common.optional | loc }}</span>
              }</label>
            <input [id]="id" [name]="field.key" [type]="field.type" [attr.autocomplete]="field.autocomplete" [attr.inputmode]="field.inputmode ?? null"
              [attr.data-testid]="field.testId" [required]="rules[field.key].required" [value]="values()[field.key]" (input)="onInput(field.key, $event)"
              [attr.aria-invalid]="fieldError ? 'true' : null" [attr.aria-describedby]="id + '-hint' + (fieldError ? ' ' + id + '-error' : '')" />
            <span class="hint" [id]="id + '-hint'">{{ rules[field.key].hint | loc }}</span>
            @if (fieldError) {
              <span class="error-text" [id]="id + '-error'">{{ fieldError | loc }}</span>
            }
          </div>
        }
        <button type="submit" class="button" data-testid="register-submit" [disabled]="busy()">{{ (busy() ? t.submitting : t.submit) | loc }}</button>
      </form>
      <p>{{ t.haveAccount | loc }} <a routerLink="/dang-nhap" [queryParams]="returnUrl() ? { returnUrl: returnUrl() } : {}">{{ t.login | loc }}</a></p>
    </div>
  `,
  styles: `.auth { max-width: 32rem; margin: 0 auto; } .marker { color: var(--color-error); }`,
})
export class RegisterComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** `?returnUrl=` set by the route guard. */
  readonly returnUrl = input<string | undefined>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly fields = FIELDS;
  protected readonly rules = REGISTER_RULES;
  protected readonly values = signal<Record<RegisterField, string>>({ fullName: '', email: '', password: '', phone: '', personalId: '' });
  protected readonly attempted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private readonly serverErrors = signal<Partial<Record<RegisterField, Label>>>({});

  private readonly clientErrors = computed(() => {
    const errors: Partial<Record<RegisterField, Label>> = {};
    const values = this.values();
    for (const field of FIELDS) {
      const rule = REGISTER_RULES[field.key];
      const value = field.key === 'password' ? values[field.key] : values[field.key].trim();
      if (!value) {
        if (rule.required) errors[field.key] = COMMON_TEXT.requiredError;
      } else if (!rule.test(value)) {
        errors[field.key] = { vi: TEXT.invalid.vi + rule.hint.vi, en: TEXT.invalid.en + rule.hint.en };
      }
    }
    return errors;
  });
  protected readonly errors = computed<Partial<Record<RegisterField, Label>>>(() => ({
    ...(this.attempted() ? this.clientErrors() : {}),
    ...this.serverErrors(),
  }));

  protected onInput(key: RegisterField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values.update((values) => ({ ...values, [key]: value }));
    if (this.serverErrors()[key]) this.serverErrors.update((errors) => ({ ...errors, [key]: undefined }));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.attempted.set(true);
    this.serverErrors.set({});
    if (Object.keys(this.clientErrors()).length > 0 || this.busy()) {
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const values = this.values();
    const request: RegisterRequest = { fullName: values.fullName.trim(), email: values.email.trim(), password: values.password };
    if (values.phone.trim()) request.phone = values.phone.trim();
    if (values.personalId.trim()) request.personalId = values.personalId.trim();
    try {
      await this.session.register(request);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (failure) {
      const error = toApiError(failure);
      this.error.set(error);
      const fieldErrors: Partial<Record<RegisterField, Label>> = {};
      for (const detail of error.details ?? []) {
        const key = FIELDS.find((field) => field.key === detail.field)?.key;
        if (key && !fieldErrors[key]) fieldErrors[key] = serverTextLabel(detail.message);
      }
      if (error.code === 'AUTH.EMAIL_TAKEN') fieldErrors.email = serverTextLabel(error.message);
      this.serverErrors.set(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) this.focusFirstInvalid();
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
