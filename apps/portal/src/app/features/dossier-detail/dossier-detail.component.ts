import { NgTemplateOutlet } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApiError, DossierFileInfo } from '@dvc/shared/contracts';
import { STANDARD_FORM_TITLES, type DossierFormCode, type Label, type ReturnMethod } from '@dvc/shared/domain';
import { CatalogueApi, DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, StatusBadgeComponent, VnDatePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT, fileSizeText, STATUS_EXPLANATIONS } from '../../i18n/messages';
import { DossierTimelineComponent } from '../../shared/dossier-timeline.component';
import { DossierClockComponent } from './dossier-clock.component';
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
  returnedAt: { vi: 'Ngày trả kết quả:', en: 'Returned on:' },
  returnOnlineText: {
    vi: 'Kết quả được trả trực tuyến: hãy tải văn bản kết quả về máy và lưu giữ cẩn thận.',
    en: 'The result was returned online: download the result document and keep it safe.',
  },
  returnOnlineMissing: {
    vi: 'Văn bản kết quả chưa sẵn sàng để tải; hãy tải lại trang sau ít phút.',
    en: 'The result document is not ready for download yet; refresh the page in a few minutes.',
  },
  waybill: { vi: 'Số vận đơn:', en: 'Waybill number:' },
  waybillHint: {
    vi: 'Dùng số vận đơn này để theo dõi bưu gửi với đơn vị bưu chính.',
    en: 'Use this waybill number to follow the parcel with the postal service.',
  },
  collectedBy: { vi: 'Người nhận kết quả:', en: 'Collected by:' },
} satisfies Record<string, Label>;

const RETURN_TITLES: Record<ReturnMethod, Label> = {
  online: { vi: 'Kết quả đã được trả trực tuyến', en: 'Your result was returned online' },
  post: { vi: 'Kết quả đã được gửi qua bưu chính', en: 'Your result was sent by post' },
  counter: { vi: 'Kết quả đã được trả tại bộ phận một cửa', en: 'Your result was collected at the one-stop desk' },
};

/** How the result reached the applicant, from the return_result event. */
export interface ReturnInfo {
  method: ReturnMethod;
  returnedAt: string;
  waybill: string | null;
  collectedBy: string | null;
}

/** A form value as people read it: dates as dd/mm/yyyy, the rest as typed. */
function displayValue(type: string, value: string): string {
  const date = type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
}

/** One of the citizen's dossiers: status in words, dates, what was filed, the result and the whole history. */
@Component({
  selector: 'cp-dossier-detail',
  imports: [
    NgTemplateOutlet, RouterLink, LocalizePipe, VnDatePipe, StatusBadgeComponent, ErrorAlertComponent, SupplementFormComponent,
    DossierClockComponent, DossierTimelineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-detail.component.html',
  styles: `
    .heading { justify-content: space-between; }
    .heading h1 { margin: 0; }
    .explanation { margin: .75rem 0 0; }
    .code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: .05em; }
    .files { padding-left: 1.25rem; }
    .return--primary { border: 2px solid var(--color-ok); background: var(--color-ok-bg); }
    .return--primary .button { font-size: 1.1rem; padding: .75rem 1.25rem; }
    .return__value { font-size: 1.2rem; }
    .notice:focus { outline: var(--focus); }
  `,
})
export class DossierDetailComponent {
  private readonly dossiersApi = inject(DossiersApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly injector = inject(Injector);
  private readonly noticeElement = viewChild<ElementRef<HTMLElement>>('noticeElement');

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly explanations = STATUS_EXPLANATIONS;
  protected readonly fileSizeText = fileSizeText;
  protected readonly formTitles = STANDARD_FORM_TITLES;
  protected readonly returnTitles = RETURN_TITLES;

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
  /** Once returned: how (online, post with the waybill, counter with who collected it). */
  protected readonly returnInfo = computed<ReturnInfo | null>(() => {
    const dossier = this.dossier.value();
    if (dossier?.status !== 'returned') return null;
    const event = [...dossier.events].reverse().find((candidate) => candidate.action === 'return_result');
    const method = event?.details.returnMethod;
    if (!event || !method) return null;
    return {
      method, returnedAt: dossier.returnedAt ?? event.occurredAt, waybill: event.details.waybill ?? null, collectedBy: event.details.collectedBy ?? null,
    };
  });
  /** Returned online: the download is what the applicant came for, so it leads the page. */
  protected readonly returnedOnline = computed(() => this.returnInfo()?.method === 'online');
  /** Before reception a refused or withdrawn dossier never had a clock. */
  protected readonly showClock = computed(() => {
    const dossier = this.dossier.value();
    return !!dossier && (dossier.receivedAt !== null || dossier.finishedAt === null);
  });

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
    this.showNotice(TEXT.supplementSent);
    this.dossier.reload();
  }

  /** Says what happened and moves focus there: the form or button that had it is gone. */
  private showNotice(notice: Label): void {
    this.notice.set(notice);
    afterNextRender(() => this.noticeElement()?.nativeElement.focus(), { injector: this.injector });
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
        this.showNotice(TEXT.withdrawn);
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
    return this.dossiersApi.formUrl(this.id(), form);
  }

  protected refresh(): void {
    this.notice.set(null);
    this.dossier.reload();
  }

  protected print(): void {
    window.print();
  }
}
