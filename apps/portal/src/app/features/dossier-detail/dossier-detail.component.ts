import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError, DossierFileInfo } from '@dvc/shared/contracts';
import { STANDARD_FORM_TITLES, type DossierFormCode, type Label } from '@dvc/shared/domain';
import { CatalogueApi, DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, StatusBadgeComponent, TimelineComponent, VnDatePipe, type TimelineEntry } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT, fileSizeText, STATUS_EXPLANATIONS } from '../../i18n/messages';
import { SupplementFormComponent } from './supplement-form.component';

const TEXT = {
  title: { vi: 'Hồ sơ', en: 'Dossier' },
  back: { vi: '← Hồ sơ của tôi', en: '← My dossiers' },
  status: { vi: 'Trạng thái', en: 'Status' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submitted' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Received' },
  dueAt: { vi: 'Ngày hẹn trả kết quả', en: 'Appointment date' },
  finishedAt: { vi: 'Ngày hoàn thành', en: 'Finished' },
  secret: { vi: 'Mã tra cứu', en: 'Tracking secret' },
  secretHint: { vi: 'Dùng cùng mã hồ sơ để tra cứu mà không cần đăng nhập.', en: 'Use it with the dossier code to track without logging in.' },
  result: { vi: 'Kết quả giải quyết', en: 'Result' },
  download: { vi: 'Tải kết quả', en: 'Download the result' },
  formData: { vi: 'Thông tin tờ khai', en: 'Application form' },
  attachments: { vi: 'Giấy tờ đã nộp', en: 'Documents filed' },
  noAttachments: { vi: 'Không có giấy tờ đính kèm.', en: 'No attached documents.' },
  timeline: { vi: 'Quá trình xử lý', en: 'History' },
  forms: { vi: 'Phiếu, giấy tờ của cơ quan', en: 'Documents from the agency' },
  track: { vi: 'Trang tra cứu công khai', en: 'Public tracking page' },
  supplementSent: { vi: 'Đã gửi bổ sung; hồ sơ tiếp tục được giải quyết.', en: 'The supplement was sent; the dossier goes on.' },
  withdrawTitle: { vi: 'Rút hồ sơ', en: 'Withdraw the dossier' },
  withdrawText: {
    vi: 'Bạn có thể rút hồ sơ khi chưa có kết quả. Hồ sơ đã rút sẽ không được giải quyết tiếp.',
    en: 'You may withdraw the dossier until there is a result. A withdrawn dossier is not handled any further.',
  },
  withdrawStart: { vi: 'Rút hồ sơ…', en: 'Withdraw…' },
  withdrawReason: { vi: 'Lý do rút hồ sơ', en: 'Why you withdraw it' },
  withdrawConfirm: { vi: 'Xác nhận rút hồ sơ', en: 'Confirm the withdrawal' },
  cancel: { vi: 'Không rút', en: 'Keep it' },
  withdrawn: { vi: 'Đã rút hồ sơ.', en: 'The dossier was withdrawn.' },
} satisfies Record<string, Label>;

/** A form value as people read it: dates as dd/mm/yyyy, the rest as typed. */
function displayValue(type: string, value: string): string {
  const date = type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
}

/** One of the citizen's dossiers: status in words, dates, what was filed, the result and the whole history. */
@Component({
  selector: 'cp-dossier-detail',
  imports: [RouterLink, LocalizePipe, VnDatePipe, StatusBadgeComponent, TimelineComponent, ErrorAlertComponent, SupplementFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-detail.component.html',
  styles: `
    .heading { justify-content: space-between; }
    .heading h1 { margin: 0; }
    .explanation { margin: .75rem 0 0; }
    .code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: .05em; }
    .files { padding-left: 1.25rem; }
  `,
})
export class DossierDetailComponent {
  private readonly dossiersApi = inject(DossiersApi);
  private readonly catalogue = inject(CatalogueApi);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly explanations = STATUS_EXPLANATIONS;
  protected readonly fileSizeText = fileSizeText;
  protected readonly formTitles = STANDARD_FORM_TITLES;

  protected readonly dossier = loader(
    () => this.id(),
    (id) => this.dossiersApi.get(id),
  );
  /** The procedure, for the form's labels and the documents' names (keys and codes are shown without it). */
  private readonly procedure = loader(
    () => this.dossier.value()?.procedureCode,
    (code) => this.catalogue.procedure(code),
  );

  protected readonly formEntries = computed(() => {
    const dossier = this.dossier.value();
    if (!dossier) return [];
    const fields = this.procedure.value()?.formFields ?? [];
    const labelled = fields
      .filter((field) => field.key in dossier.formData)
      .map((field) => ({ label: field.label, value: displayValue(field.type, dossier.formData[field.key] ?? '') }));
    const known = new Set(fields.map((field) => field.key));
    const rest = Object.entries(dossier.formData)
      .filter(([key]) => !known.has(key))
      .map(([key, value]) => ({ label: key, value }));
    return [...labelled, ...rest];
  });
  protected readonly attachments = computed(() => (this.dossier.value()?.files ?? []).filter((file) => file.kind === 'attachment'));
  protected readonly resultFile = computed(() => (this.dossier.value()?.files ?? []).find((file) => file.kind === 'result') ?? null);
  protected readonly timeline = computed<TimelineEntry[]>(() =>
    (this.dossier.value()?.events ?? []).map((event) => ({
      toStatus: event.toStatus,
      occurredAt: event.occurredAt,
      action: event.action,
      actorName: event.actorName,
      reason: event.reason,
    })),
  );

  protected componentName(file: DossierFileInfo): string {
    const component = this.procedure.value()?.components.find((candidate) => candidate.code === file.componentCode);
    return component?.name ?? file.componentCode ?? '';
  }

  protected fileUrl(file: DossierFileInfo): string {
    return this.dossiersApi.fileUrl(this.id(), file.id);
  }

  protected readonly notice = signal<Label | null>(null);
  protected readonly withdrawing = signal(false);
  protected readonly withdrawReason = signal('');
  protected readonly actionBusy = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly canSupplement = computed(() => !!this.dossier.value()?.allowedActions.includes('submit_supplement'));
  protected readonly canWithdraw = computed(() => !!this.dossier.value()?.allowedActions.includes('withdraw'));
  protected readonly components = computed(() => this.procedure.value()?.components ?? []);

  protected supplementSent(): void {
    this.notice.set(TEXT.supplementSent);
    this.dossier.reload();
  }

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected withdraw(): void {
    const dossier = this.dossier.value();
    if (!dossier || this.actionBusy()) return;
    const reason = this.withdrawReason().trim();
    this.actionBusy.set(true);
    this.actionError.set(null);
    this.dossiersApi.act(dossier.id, 'withdraw', { version: dossier.version, ...(reason ? { reason } : {}) }).subscribe({
      next: () => {
        this.actionBusy.set(false);
        this.withdrawing.set(false);
        this.notice.set(TEXT.withdrawn);
        this.dossier.reload();
      },
      error: (failure: unknown) => {
        this.actionBusy.set(false);
        this.actionError.set(toApiError(failure));
      },
    });
  }

  /** A standard form (receipt, supplement request …) as a PDF; the session cookie authorises the plain link. */
  protected formUrl(form: DossierFormCode): string {
    return `/api/v1/dossiers/${encodeURIComponent(this.id())}/forms/${form}`;
  }

  protected refresh(): void {
    this.notice.set(null);
    this.dossier.reload();
  }

  protected print(): void {
    window.print();
  }
}
