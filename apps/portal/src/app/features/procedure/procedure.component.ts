import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatVnd, type Label, type LegalBasisEntry } from '@dvc/shared/domain';
import { CatalogueApi, SessionStore } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, COMMON_TEXT, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../../i18n/messages';
import { dayText, feeAmountText, filingPlaces, joinLabels, legalBasisDetails } from './procedure-view';

const TEXT = {
  fallbackTitle: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  back: { vi: '← Danh sách thủ tục', en: '← All procedures' },
  print: { vi: 'In thông tin thủ tục', en: 'Print this procedure' },
  printedFrom: { vi: 'In từ Cổng dịch vụ công tỉnh', en: 'Printed from the provincial public service portal' },
  code: { vi: 'Mã thủ tục', en: 'Code' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  applicants: { vi: 'Đối tượng thực hiện', en: 'Who may file' },
  publisher: { vi: 'Cơ quan công bố', en: 'Published by' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  feeTotal: { vi: 'Tổng phí, lệ phí', en: 'Total fees' },
  online: { vi: 'Mức độ trực tuyến', en: 'Online service' },
  decision: { vi: 'Quyết định công bố', en: 'Publication decision' },
  decisionText: { vi: 'Số {number} ngày {date}', en: 'No. {number} of {date}' },
  effectiveFrom: { vi: 'Áp dụng từ ngày', en: 'In force from' },
  version: { vi: 'Phiên bản', en: 'Version' },
  description: { vi: 'Mô tả', en: 'Description' },
  conditions: { vi: 'Yêu cầu, điều kiện thực hiện', en: 'Requirements and conditions' },
  noConditions: { vi: 'Không có yêu cầu, điều kiện riêng.', en: 'No particular requirement.' },
  video: { vi: 'Xem video hướng dẫn', en: 'Watch the tutorial video' },
  steps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  components: { vi: 'Thành phần hồ sơ', en: 'Documents to provide' },
  componentName: { vi: 'Tên giấy tờ', en: 'Document' },
  originals: { vi: 'Bản chính', en: 'Originals' },
  copies: { vi: 'Bản sao', en: 'Copies' },
  requiredColumn: { vi: 'Bắt buộc', en: 'Required' },
  templateColumn: { vi: 'Mẫu đơn, tờ khai', en: 'Form template' },
  downloadTemplate: { vi: 'Tải mẫu', en: 'Download the template' },
  noTemplate: { vi: 'Không có mẫu', en: 'No template' },
  replaceable: {
    vi: 'Không phải nộp nếu cơ quan đã có kết quả điện tử của bạn.',
    en: 'Not needed when the agency already holds your electronic result.',
  },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  channels: { vi: 'Cách thức thực hiện: thời hạn và phí, lệ phí', en: 'Ways to file: time limits and fees' },
  channel: { vi: 'Cách thức', en: 'Channel' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  results: { vi: 'Kết quả thực hiện', en: 'Results' },
  resultTemplate: { vi: 'Xem mẫu', en: 'See the template' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  agencies: { vi: 'Nơi tiếp nhận hồ sơ', en: 'Where to file' },
  whereToSubmit: { vi: 'Địa chỉ tiếp nhận', en: 'Address' },
  apply: { vi: 'Nộp hồ sơ trực tuyến', en: 'Apply online' },
  applyAt: { vi: 'tại', en: 'at' },
  loginFirst: { vi: 'Bạn sẽ được mời đăng nhập trước khi nộp hồ sơ.', en: 'You will be asked to log in before filing.' },
  inPersonHere: {
    vi: 'Nơi này chưa nhận hồ sơ trực tuyến: hãy nộp trực tiếp tại Bộ phận Một cửa của cơ quan.',
    en: 'This office does not accept online filing yet: file in person at its one-stop desk.',
  },
  inPersonOnly: {
    vi: 'Thủ tục này chưa nộp trực tuyến được; hãy nộp trực tiếp tại nơi tiếp nhận dưới đây.',
    en: 'This procedure cannot be filed online yet; file it in person at one of the offices below.',
  },
} satisfies Record<string, Label>;

/** Everything a citizen needs to know before filing, read from the published record, and the ways in. Printable. */
@Component({
  selector: 'cp-procedure',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure.component.html',
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; align-items: center; }
    .apply { margin: 1rem 0 0; }
    .pre-line { white-space: pre-line; }
    td.number, th.number { text-align: right; }
    .places { list-style: none; padding: 0; margin: 0; }
    .place { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; padding: .75rem 0; border-top: 1px solid var(--color-border); }
    .place:first-child { border-top: 0; }
    .place__name { display: flex; flex-direction: column; gap: .25rem; }
    .place p { margin: 0; flex-basis: 100%; }
    .badge--none { background: #f1f3f5; color: var(--color-muted); border-color: var(--color-border); }
    .fees { margin: 0; padding-left: 1.1rem; }
    .print-only { display: none; }
    @media print {
      .print-only { display: block; }
      h2 { break-after: avoid; }
      tr, li { break-inside: avoid; }
      .badge { border: 0; padding: 0; }
    }
  `,
})
export class ProcedureComponent {
  private readonly api = inject(CatalogueApi);
  private readonly document = inject(DOCUMENT);
  protected readonly session = inject(SessionStore);

  /** The `:code` route parameter. */
  readonly code = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  protected readonly formatVnd = formatVnd;
  protected readonly dayText = dayText;

  protected readonly procedure = loader(
    () => this.code(),
    (code) => this.api.procedure(code),
  );
  /** Names for the offices that do not accept online filing (the procedure lists them by code). */
  private readonly agencyList = loader(
    () => true,
    () => this.api.agencies(),
  );

  protected readonly places = computed(() => {
    const procedure = this.procedure.value();
    return procedure ? filingPlaces(procedure, this.agencyList.value() ?? []) : [];
  });
  protected readonly canApply = computed(() => this.places().some((place) => place.applyAgencyId !== null));
  protected readonly sectorNames = computed(() => (this.procedure.value()?.record.sectors ?? []).map((sector) => sector.name).join('; '));
  protected readonly levelsText = computed(() => {
    const procedure = this.procedure.value();
    const codes = procedure?.record.levels.length ? procedure.record.levels : procedure ? [procedure.level] : [];
    return joinLabels(codes.map((code) => LEVEL_LABELS[code]));
  });
  protected readonly applicantsText = computed(() => joinLabels((this.procedure.value()?.record.applicantTypes ?? []).map((type) => APPLICANT_TYPE_LABELS[type])));
  protected readonly decisionText = computed<Label | null>(() => {
    const decision = this.procedure.value()?.decision;
    if (!decision) return null;
    const fill = (text: string) => text.replace('{number}', decision.number).replace('{date}', dayText(decision.date));
    return { vi: fill(TEXT.decisionText.vi), en: fill(TEXT.decisionText.en) };
  });

  protected feeText(amount: number, unit: string): Label {
    return feeAmountText({ amount, unit }, COMMON_TEXT.free);
  }

  protected legalBasisDetails(basis: LegalBasisEntry): Label {
    return legalBasisDetails(basis);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
