import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import type { ApiError, TrackingView } from '@dvc/shared/contracts';
import { STATUS_LABELS, type Label } from '@dvc/shared/domain';
import { DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, StatusBadgeComponent, TimelineComponent, VnDatePipe, type TimelineEntry } from '@dvc/web/ui';
import { COMMON_TEXT, STATUS_EXPLANATIONS } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  intro: {
    vi: 'Nhập mã hồ sơ và mã tra cứu in trên giấy biên nhận. Không cần đăng nhập.',
    en: 'Enter the dossier code and the tracking secret printed on your receipt. No login needed.',
  },
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  codeHint: { vi: 'Ví dụ: 000.10.31.H56-260115-0001', en: 'For example: 000.10.31.H56-260115-0001' },
  secret: { vi: 'Mã tra cứu', en: 'Tracking secret' },
  secretHint: { vi: '8 ký tự chữ và số, trên giấy biên nhận.', en: '8 letters and digits, on your receipt.' },
  submit: { vi: 'Tra cứu', en: 'Look up' },
  searching: { vi: 'Đang tra cứu…', en: 'Looking up…' },
  notFound: {
    vi: 'Không tìm thấy hồ sơ nào khớp với mã hồ sơ và mã tra cứu này. Hãy kiểm tra lại từng ký tự trên giấy biên nhận; nếu vẫn không được, hãy liên hệ bộ phận một cửa nơi nộp hồ sơ.',
    en: 'No dossier matches this code and secret. Check each character against your receipt; if it still fails, contact the one-stop desk where you filed.',
  },
  result: { vi: 'Kết quả tra cứu', en: 'Result' },
  status: { vi: 'Trạng thái', en: 'Status' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submitted' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Received' },
  dueAt: { vi: 'Ngày hẹn trả kết quả', en: 'Appointment date' },
  finishedAt: { vi: 'Ngày hoàn thành', en: 'Finished' },
  timeline: { vi: 'Quá trình xử lý', en: 'History' },
} satisfies Record<string, Label>;

/** Public lookup by code and secret: status, masked applicant, dates and the history, without logging in. */
@Component({
  selector: 'cp-tracking',
  imports: [LocalizePipe, VnDatePipe, StatusBadgeComponent, TimelineComponent, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking.component.html',
  styles: `.lookup { max-width: 36rem; } .explanation { margin: .75rem 0 1rem; } #tracking-secret { text-transform: uppercase; }`,
})
export class TrackingComponent {
  private readonly api = inject(DossiersApi);

  /** `?code=` (from the QR code on the result document or a link), to prefill the form. */
  readonly code = input<string | undefined>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly explanations = STATUS_EXPLANATIONS;
  protected readonly statuses = STATUS_LABELS;

  protected readonly codeDraft = linkedSignal(() => this.code() ?? '');
  protected readonly secretDraft = signal('');
  protected readonly attempted = signal(false);
  protected readonly searching = signal(false);
  protected readonly result = signal<TrackingView | null>(null);
  protected readonly notFound = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly codeMissing = computed(() => this.attempted() && !this.codeDraft().trim());
  protected readonly secretMissing = computed(() => this.attempted() && !this.secretDraft().trim());
  protected readonly timeline = computed<TimelineEntry[]>(() =>
    (this.result()?.events ?? []).map((event) => ({ toStatus: event.toStatus, occurredAt: event.occurredAt })),
  );

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.attempted.set(true);
    if (this.codeMissing() || this.secretMissing() || this.searching()) return;
    this.searching.set(true);
    this.notFound.set(false);
    this.error.set(null);
    this.result.set(null);
    this.api.track(this.codeDraft().trim(), this.secretDraft().trim().toUpperCase()).subscribe({
      next: (view) => {
        this.searching.set(false);
        this.result.set(view);
      },
      error: (failure: unknown) => {
        const error = toApiError(failure);
        this.searching.set(false);
        if (error.code === 'TRACKING.NOT_FOUND') this.notFound.set(true);
        else this.error.set(error);
      },
    });
  }
}
