import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError, TrackingView } from '@dvc/shared/contracts';
import { classifyFinished, STATUS_LABELS, type FinishedClass, type Label, type OpenClass } from '@dvc/shared/domain';
import { DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, StatusBadgeComponent, TimelineComponent, VnDatePipe, type TimelineEntry } from '@dvc/web/ui';
import { COMMON_TEXT, deadlineClassText, STATUS_EXPLANATIONS } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  intro: {
    vi: 'Nhập mã hồ sơ và mã tra cứu in trên giấy biên nhận, hoặc quét mã QR trên giấy. Không cần đăng nhập.',
    en: 'Enter the dossier code and the tracking secret printed on your receipt, or scan its QR code. No login needed.',
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
  notYet: {
    vi: 'Chưa có — ngày hẹn được ấn định khi bộ phận một cửa tiếp nhận hồ sơ.',
    en: 'Not yet — the appointment is set when the one-stop desk accepts the dossier.',
  },
  pausedDue: {
    vi: 'Tạm dừng — ngày hẹn được tính lại khi thời hạn tiếp tục.',
    en: 'Paused — the appointment is set again when the clock runs again.',
  },
  supplementPaused: {
    vi: 'Thời hạn giải quyết đang tạm dừng vì cơ quan đề nghị bổ sung hồ sơ. Người nộp hãy đăng nhập để xem cần bổ sung những gì và nộp bổ sung trực tuyến, hoặc liên hệ bộ phận một cửa nơi nộp hồ sơ.',
    en: 'The clock is paused because the agency asks for more documents. The applicant can log in to see what to provide and send it online, or contact the one-stop desk.',
  },
  paymentPaused: {
    vi: 'Thời hạn giải quyết đang tạm dừng cho đến khi nộp phí, lệ phí. Người nộp hãy đăng nhập để xem số tiền cần nộp, hoặc liên hệ bộ phận một cửa nơi nộp hồ sơ.',
    en: 'The clock is paused until the fees are paid. The applicant can log in to see the amount, or contact the one-stop desk.',
  },
  openMine: { vi: 'Đăng nhập và xem hồ sơ của tôi', en: 'Log in and open my dossiers' },
} satisfies Record<string, Label>;

/** What the public view allows: overdue or not while the clock runs; early, on time or late once there is a result. */
export function trackingDeadlineClass(view: TrackingView, now: Date): OpenClass | FinishedClass | null {
  if (!view.dueAt) return null;
  const dueAt = new Date(view.dueAt);
  switch (view.status) {
    case 'received':
    case 'in_processing':
    case 'awaiting_approval':
    case 'in_consultation':
      return now.getTime() > dueAt.getTime() ? 'overdue' : 'within_time';
    case 'result_ready':
    case 'returned':
      return view.finishedAt ? classifyFinished(new Date(view.finishedAt), dueAt) : null;
    case 'submitted':
    case 'refused':
    case 'supplement_requested':
    case 'payment_requested':
    case 'withdrawn':
      return null;
  }
}

/** Public lookup by code and secret: status, masked applicant, dates and the history, without logging in. */
@Component({
  selector: 'cp-tracking',
  imports: [RouterLink, LocalizePipe, VnDatePipe, StatusBadgeComponent, TimelineComponent, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking.component.html',
  styles: `
    .lookup { max-width: 36rem; } .explanation { margin: .75rem 0 1rem; } #tracking-secret { text-transform: uppercase; }
    .deadline-class { font-weight: 600; }
    .alert p + p { margin-top: .4rem; }
  `,
})
export class TrackingComponent {
  private readonly api = inject(DossiersApi);

  /** `?code=` and `?secret=` (the QR code of a printed receipt or result, or a link): prefill the form; both look up at once. */
  readonly code = input<string | undefined>();
  readonly secret = input<string | undefined>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly explanations = STATUS_EXPLANATIONS;
  protected readonly statuses = STATUS_LABELS;

  protected readonly codeDraft = linkedSignal(() => this.code() ?? '');
  protected readonly secretDraft = linkedSignal(() => this.secret() ?? '');
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
  protected readonly deadlineClass = computed(() => {
    const view = this.result();
    return view ? trackingDeadlineClass(view, new Date()) : null;
  });
  protected readonly classText = computed(() => {
    const view = this.result();
    return view ? deadlineClassText(view.status, this.deadlineClass()) : null;
  });
  /** The two pauses that wait on the applicant; the status explanation covers the rest. */
  protected readonly pausedText = computed<Label | null>(() => {
    const status = this.result()?.status;
    if (status === 'supplement_requested') return TEXT.supplementPaused;
    if (status === 'payment_requested') return TEXT.paymentPaused;
    return null;
  });

  constructor() {
    // A link or QR code with both codes looks the dossier up straight away; the form stays for another lookup.
    effect(() => {
      if (this.code()?.trim() && this.secret()?.trim()) untracked(() => this.lookUp());
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.lookUp();
  }

  private lookUp(): void {
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
