import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatVnd, type Label } from '@dvc/shared/domain';
import { CatalogueApi, SessionStore } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../../i18n/messages';

const TEXT = {
  fallbackTitle: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  back: { vi: '← Danh sách thủ tục', en: '← All procedures' },
  code: { vi: 'Mã thủ tục', en: 'Code' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  feeTotal: { vi: 'Tổng phí, lệ phí', en: 'Total fees' },
  online: { vi: 'Mức độ trực tuyến', en: 'Online service' },
  description: { vi: 'Mô tả', en: 'Description' },
  conditions: { vi: 'Điều kiện thực hiện', en: 'Conditions' },
  steps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  components: { vi: 'Thành phần hồ sơ', en: 'Documents to provide' },
  componentName: { vi: 'Tên giấy tờ', en: 'Document' },
  originals: { vi: 'Bản chính', en: 'Originals' },
  copies: { vi: 'Bản sao', en: 'Copies' },
  requiredColumn: { vi: 'Bắt buộc', en: 'Required' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  feeName: { vi: 'Khoản', en: 'Item' },
  amount: { vi: 'Mức thu', en: 'Amount' },
  results: { vi: 'Kết quả thực hiện', en: 'Results' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  agencies: { vi: 'Nơi tiếp nhận hồ sơ', en: 'Where to file' },
  noAgencies: { vi: 'Thủ tục này chưa được tiếp nhận trực tuyến ở cơ quan nào.', en: 'No agency accepts this procedure online yet.' },
  apply: { vi: 'Nộp hồ sơ trực tuyến', en: 'File online' },
  loginFirst: { vi: 'Bạn sẽ được mời đăng nhập trước khi nộp hồ sơ.', en: 'You will be asked to log in before filing.' },
  inPersonOnly: { vi: 'Thủ tục này chỉ nộp trực tiếp tại cơ quan.', en: 'This procedure can only be filed in person.' },
} satisfies Record<string, Label>;

/** Everything a citizen needs to know before filing, and the way in ("Nộp hồ sơ trực tuyến"). */
@Component({
  selector: 'cp-procedure',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure.component.html',
  styles: `
    .apply { margin: 1rem 0; }
    .pre-line { white-space: pre-line; }
    td.number, th.number { text-align: right; }
  `,
})
export class ProcedureComponent {
  private readonly api = inject(CatalogueApi);
  protected readonly session = inject(SessionStore);

  /** The `:code` route parameter. */
  readonly code = input.required<string>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly levels = LEVEL_LABELS;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  protected readonly formatVnd = formatVnd;

  protected readonly procedure = loader(
    () => this.code(),
    (code) => this.api.procedure(code),
  );
  protected readonly canApply = computed(() => {
    const procedure = this.procedure.value();
    return !!procedure && procedure.agencies.length > 0 && procedure.onlineLevel !== 'none';
  });
}
