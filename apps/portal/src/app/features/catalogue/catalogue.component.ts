import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { formatVnd, type Label } from '@dvc/shared/domain';
import { CatalogueApi } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { loader, pageParam } from '../../core/loader';
import { COMMON_TEXT, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../../i18n/messages';
import { HighlightComponent } from '../../shared/highlight.component';
import { PagerComponent } from '../../shared/pager.component';

export const CATALOGUE_PAGE_SIZE = 10;

const TEXT = {
  title: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  searchLabel: { vi: 'Tìm theo tên hoặc mã thủ tục', en: 'Search by name or code' },
  searchHint: { vi: 'Gõ có dấu hay không dấu đều được, rồi nhấn Enter.', en: 'Accents are optional; press Enter to search.' },
  searchButton: { vi: 'Tìm kiếm', en: 'Search' },
  code: { vi: 'Mã thủ tục', en: 'Code' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  online: { vi: 'Mức độ trực tuyến', en: 'Online service' },
  empty: { vi: 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa ngắn hơn hoặc khác.', en: 'No procedure matches. Try a shorter or different word.' },
  clear: { vi: 'Xem tất cả thủ tục', en: 'Show all procedures' },
} satisfies Record<string, Label>;

/** The public catalogue: search (kept in the URL as ?q=…&page=…), results with the query's words marked, paging. */
@Component({
  selector: 'cp-catalogue',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent, HighlightComponent, PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue.component.html',
  styles: `
    .search-row { display: flex; gap: .5rem; }
    .results { list-style: none; padding: 0; margin: 0; }
    .procedure h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
    .procedure .facts { font-size: .925rem; }
    @media (max-width: 40rem) {
      .search-row { flex-direction: column; }
      .procedure .facts { grid-template-columns: minmax(6.5rem, max-content) 1fr; gap: .2rem .75rem; }
      .procedure .facts dd { margin: 0; }
    }
  `,
})
export class CatalogueComponent {
  private readonly api = inject(CatalogueApi);
  private readonly router = inject(Router);

  /** `?q=` and `?page=` (bound by the router). */
  readonly q = input<string | undefined>();
  readonly page = input(1, { transform: pageParam });

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly levels = LEVEL_LABELS;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  protected readonly formatVnd = formatVnd;
  protected readonly size = CATALOGUE_PAGE_SIZE;

  /** What is in the box: follows the URL, edited freely until Enter. */
  protected readonly draft = linkedSignal(() => this.q() ?? '');
  protected readonly query = computed(() => (this.q() ?? '').trim());
  protected readonly results = loader(
    () => ({ q: this.query(), page: this.page() }),
    (params) => this.api.search({ ...params, size: CATALOGUE_PAGE_SIZE }),
  );

  protected summary = computed<Label | null>(() => {
    const page = this.results.value();
    if (!page) return null;
    const q = this.query();
    return q
      ? { vi: `${page.total} thủ tục phù hợp với “${q}”`, en: `${page.total} procedures match “${q}”` }
      : { vi: `${page.total} thủ tục`, en: `${page.total} procedures` };
  });

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.draft().trim();
    void this.router.navigate(['/thu-tuc'], { queryParams: { q: q || null, page: null } });
  }
}
