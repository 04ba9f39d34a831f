import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { STANDARD_FORM_TITLES, type Label } from '@dvc/shared/domain';
import { DossiersApi } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Đã nộp hồ sơ thành công', en: 'Your dossier has been submitted' },
  receipt: { vi: 'Giấy biên nhận nộp hồ sơ trực tuyến', en: 'Online filing receipt' },
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  secret: { vi: 'Mã tra cứu', en: 'Tracking secret' },
  keep: {
    vi: 'Hãy ghi lại hoặc in giấy này: cần cả mã hồ sơ và mã tra cứu để tra cứu hồ sơ mà không cần đăng nhập. Không chia sẻ mã tra cứu với người lạ.',
    en: 'Write these down or print this page: the code and the secret together let you track the dossier without logging in. Do not share the secret with strangers.',
  },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  submittedAt: { vi: 'Thời điểm nộp', en: 'Submitted at' },
  next: {
    vi: 'Bộ phận một cửa sẽ kiểm tra hồ sơ; khi hồ sơ được tiếp nhận, bạn nhận thư báo kèm ngày hẹn trả kết quả.',
    en: 'The one-stop desk will check the dossier; once it is accepted you get an e-mail with the appointment date.',
  },
  detail: { vi: 'Xem chi tiết hồ sơ', en: 'View the dossier' },
  track: { vi: 'Tra cứu hồ sơ', en: 'Track the dossier' },
  officialReceipt: { vi: 'Giấy tiếp nhận của cơ quan (Mẫu 01)', en: 'The agency’s receipt (form 01)' },
  receiptReady: {
    vi: 'Bộ phận một cửa đã tiếp nhận hồ sơ. Giấy tiếp nhận hồ sơ và hẹn trả kết quả:',
    en: 'The one-stop desk has accepted the dossier. The receipt and appointment slip:',
  },
  receiptPending: {
    vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) được cấp khi bộ phận một cửa kiểm tra và tiếp nhận hồ sơ; khi đó bạn tải được ở trang này hoặc trang chi tiết hồ sơ.',
    en: 'The receipt and appointment slip (form 01) is issued when the one-stop desk checks and accepts the dossier; you can then download it here or on the dossier page.',
  },
} satisfies Record<string, Label>;

/** The receipt after filing: dossier code and tracking secret, printable. */
@Component({
  selector: 'cp-apply-success',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t.title | loc }}</h1>
    <div aria-live="polite">
      @if (dossier.loading()) {
        <p class="loading">{{ common.loading | loc }}</p>
      }
    </div>
    <ui-error-alert [error]="dossier.error()" />
    @if (dossier.value(); as dossier) {
      <section class="card receipt" aria-labelledby="receipt-title" data-testid="receipt">
        <h2 id="receipt-title">{{ t.receipt | loc }}</h2>
        <dl class="facts codes">
          <dt>{{ t.code | loc }}</dt>
          <dd><strong class="code" data-testid="dossier-code">{{ dossier.code }}</strong></dd>
          <dt>{{ t.secret | loc }}</dt>
          <dd><strong class="code" data-testid="dossier-secret">{{ dossier.trackingSecret }}</strong></dd>
        </dl>
        <p class="alert alert--info">{{ t.keep | loc }}</p>
        <dl class="facts">
          <dt>{{ t.procedure | loc }}</dt>
          <dd>{{ dossier.procedureName }} ({{ dossier.procedureCode }})</dd>
          <dt>{{ t.agency | loc }}</dt>
          <dd>{{ dossier.agencyName }}</dd>
          <dt>{{ t.applicant | loc }}</dt>
          <dd>{{ dossier.applicantName }}</dd>
          <dt>{{ t.submittedAt | loc }}</dt>
          <dd>{{ dossier.submittedAt | vnDate }}</dd>
        </dl>
        <p>{{ t.next | loc }}</p>
      </section>
      <section class="card" aria-labelledby="official-receipt-title" data-testid="official-receipt">
        <h2 id="official-receipt-title">{{ t.officialReceipt | loc }}</h2>
        @if (dossier.forms.includes('01')) {
          <p>
            {{ t.receiptReady | loc }}
            <a [href]="receiptUrl(dossier.id)" data-testid="form-01">{{ formTitles['01'] | loc }}</a><span class="muted"> (PDF)</span>
          </p>
        } @else {
          <p data-testid="receipt-pending">{{ t.receiptPending | loc }}</p>
        }
      </section>
      <div class="row no-print">
        <button type="button" class="button" (click)="print()" data-testid="print-receipt">{{ common.print | loc }}</button>
        <a class="button button--secondary" [routerLink]="['/ho-so-cua-toi', dossier.id]" data-testid="receipt-detail">{{ t.detail | loc }}</a>
        <a class="button button--secondary" routerLink="/tra-cuu" [queryParams]="{ code: dossier.code, secret: dossier.trackingSecret }">{{ t.track | loc }}</a>
      </div>
    }
  `,
  styles: `
    .codes { font-size: 1.25rem; margin-bottom: 1rem; }
    .code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: .05em; }
    @media print { .receipt { font-size: 12pt; } }
  `,
})
export class ApplySuccessComponent {
  private readonly api = inject(DossiersApi);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly formTitles = STANDARD_FORM_TITLES;
  protected readonly dossier = loader(
    () => this.id(),
    (id) => this.api.get(id),
  );

  protected receiptUrl(id: string): string {
    return this.api.formUrl(id, '01');
  }

  protected print(): void {
    window.print();
  }
}
