import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, linkedSignal, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { ApiError, NotificationPreferencesState } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { AccountApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Cài đặt thông báo', en: 'Notification settings' },
  intro: {
    vi: 'Chọn cách bạn muốn được báo khi hồ sơ của bạn có thay đổi. Dù tắt hết, bạn vẫn xem được tình trạng hồ sơ tại «Hồ sơ của tôi» và trang tra cứu.',
    en: 'Choose how you want to hear when your dossiers change. Even with everything off, you can still follow them in "My dossiers" and on the tracking page.',
  },
  channels: { vi: 'Nhận thông báo qua', en: 'Notify me by' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  emailHint: {
    vi: 'Gửi đến địa chỉ thư điện tử của tài khoản ở mỗi bước quan trọng: khi hồ sơ được tiếp nhận, khi cần bổ sung giấy tờ, khi cần nộp phí, lệ phí, khi cơ quan xin lỗi và hẹn lại ngày trả, khi đã có kết quả và khi đã trả kết quả.',
    en: "Sent to your account's e-mail address at each important step: when the dossier is received, when documents must be supplemented, when fees are due, when the agency apologises and sets a new date, when the result is ready and when it has been returned.",
  },
  sms: { vi: 'Tin nhắn SMS', en: 'SMS' },
  smsHint: {
    vi: 'Tin nhắn ngắn đến số điện thoại của tài khoản ở cùng các bước đó.',
    en: "A short text message to your account's phone number at the same steps.",
  },
  smsNoPhone: {
    vi: 'Tài khoản của bạn chưa có số điện thoại nên chưa thể nhận SMS.',
    en: 'Your account has no phone number, so it cannot receive SMS yet.',
  },
  save: { vi: 'Lưu cài đặt', en: 'Save settings' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  saved: { vi: 'Đã lưu cài đặt thông báo', en: 'Notification settings saved' },
  at: { vi: 'lúc', en: 'at' },
  updatedAt: { vi: 'Lưu lần cuối lúc', en: 'Last saved at' },
  defaults: {
    vi: 'Bạn chưa thay đổi cài đặt; đang dùng mặc định (nhận thư điện tử).',
    en: 'You have not changed anything yet; the defaults apply (e-mail).',
  },
  back: { vi: '← Hồ sơ của tôi', en: '← My dossiers' },
} satisfies Record<string, Label>;

/**
 * The citizen's notification preferences: e-mail and SMS at each important step of their dossiers. SMS needs a
 * phone number on the account, so it is disabled with the reason when there is none (the API refuses it anyway,
 * NOTIFICATIONS.PHONE_MISSING). The saved state (with its time) is announced in a live region that takes the focus.
 */
@Component({
  selector: 'cp-notification-preferences',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="no-print"><a routerLink="/ho-so-cua-toi">{{ t.back | loc }}</a></p>
    <div class="card preferences">
      <h1>{{ t.title | loc }}</h1>
      <p>{{ t.intro | loc }}</p>
      <div aria-live="polite">
        @if (stored.loading() && !current()) {
          <p class="loading" data-testid="pref-loading">{{ common.loading | loc }}</p>
        }
      </div>
      <ui-error-alert [error]="stored.error()" />

      @if (current(); as state) {
        <form novalidate (submit)="save($event)" data-testid="pref-form">
          <div #outcomeRegion class="outcome" tabindex="-1" aria-live="polite" data-testid="pref-outcome">
            <ui-error-alert [error]="error()" />
            @if (saved()) {
              <p class="alert alert--ok" role="status" data-testid="pref-saved">
                {{ t.saved | loc }}@if (state.updatedAt) { {{ t.at | loc }} <time [attr.datetime]="state.updatedAt">{{ state.updatedAt | vnDate }}</time>}.
              </p>
            }
          </div>

          <fieldset class="channels">
            <legend>{{ t.channels | loc }}</legend>
            <div class="choice">
              <input id="pref-email" type="checkbox" name="email" data-testid="pref-email" aria-describedby="pref-email-hint"
                [checked]="email()" (change)="email.set(checked($event)); saved.set(false)" />
              <div>
                <label for="pref-email">{{ t.email | loc }}</label>
                <span class="hint" id="pref-email-hint">{{ t.emailHint | loc }}</span>
              </div>
            </div>
            <div class="choice" [class.choice--disabled]="!smsAvailable()">
              <input id="pref-sms" type="checkbox" name="sms" data-testid="pref-sms"
                [attr.aria-describedby]="smsAvailable() ? 'pref-sms-hint' : 'pref-sms-hint pref-sms-no-phone'"
                [checked]="sms()" [disabled]="!smsAvailable()" (change)="sms.set(checked($event)); saved.set(false)" />
              <div>
                <label for="pref-sms">{{ t.sms | loc }}</label>
                <span class="hint" id="pref-sms-hint">{{ t.smsHint | loc }}</span>
                @if (!smsAvailable()) {
                  <span class="hint no-phone" id="pref-sms-no-phone" data-testid="pref-sms-no-phone">{{ t.smsNoPhone | loc }}</span>
                }
              </div>
            </div>
          </fieldset>

          @if (!state.updatedAt) {
            <p class="hint" data-testid="pref-defaults">{{ t.defaults | loc }}</p>
          } @else if (!saved()) {
            <p class="hint" data-testid="pref-updated-at">{{ t.updatedAt | loc }} {{ state.updatedAt | vnDate }}</p>
          }
          <button type="submit" class="button" data-testid="pref-save" [attr.aria-disabled]="busy() || null">
            {{ (busy() ? t.saving : t.save) | loc }}
          </button>
        </form>
      }
    </div>
  `,
  styles: `
    .preferences { max-width: 40rem; margin: 0 auto; }
    .outcome:focus { outline: var(--focus); outline-offset: 2px; }
    .channels { border: 0; padding: 0; margin: 0 0 1rem; }
    .channels legend { font-weight: 600; padding: 0; margin-bottom: .5rem; }
    .choice { display: flex; gap: .75rem; align-items: flex-start; padding: .5rem 0; }
    .choice + .choice { border-top: 1px solid var(--color-border); }
    .choice input { width: 1.5rem; height: 1.5rem; margin: .1rem 0 0; flex: none; }
    .choice label { font-weight: 600; display: inline-block; min-height: 1.75rem; }
    .choice .hint { display: block; color: var(--color-muted); font-size: .875rem; }
    .choice--disabled label { color: var(--color-muted); }
    .no-phone { font-weight: 600; }
  `,
})
export class NotificationPreferencesComponent {
  private readonly api = inject(AccountApi);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly stored = loader(
    () => true,
    () => this.api.notificationPreferences(),
  );
  /** What the server holds: as loaded, then as saved. */
  protected readonly current = linkedSignal<NotificationPreferencesState | undefined>(() => this.stored.value());
  /** The choices on screen, reset from the server's state each time it changes. */
  protected readonly email = linkedSignal(() => this.current()?.email ?? false);
  protected readonly sms = linkedSignal(() => this.current()?.sms ?? false);
  /** The server said the account has no phone (PHONE_MISSING) although the loaded state said otherwise. */
  private readonly phoneMissing = signal(false);
  protected readonly smsAvailable = computed(() => (this.current()?.hasPhone ?? false) && !this.phoneMissing());
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    try {
      this.current.set(await firstValueFrom(this.api.saveNotificationPreferences({ email: this.email(), sms: this.sms() })));
      this.saved.set(true);
    } catch (failure) {
      const error = toApiError(failure);
      this.error.set(error);
      if (error.code === 'NOTIFICATIONS.PHONE_MISSING') {
        this.phoneMissing.set(true);
        this.sms.set(false);
      }
    } finally {
      this.busy.set(false);
      afterNextRender(() => this.outcomeRegion()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}
