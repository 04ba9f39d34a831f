import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { map } from 'rxjs';
import { Router, RouterLink } from '@angular/router';
import { formatVnd, type Label } from '@dvc/shared/domain';
import { CatalogueApi } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, PagerComponent } from '@dvc/web/ui';
import { loader, pageParam } from '../../core/loader';
import { APPLICANT_TYPE_LABELS, COMMON_TEXT, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../../i18n/messages';
import { HighlightComponent } from '../../shared/highlight.component';
import {
  apiQuery,
  APPLICANT_TYPES,
  type CatalogueFilterKey,
  type CatalogueFilters,
  FILTER_KEYS,
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  PROCEDURE_LEVELS,
} from './catalogue-filters';

export const CATALOGUE_PAGE_SIZE = 10;

const TEXT = {
  title: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  searchForm: { vi: 'Tìm thủ tục', en: 'Find a procedure' },
  searchLabel: { vi: 'Tìm theo tên hoặc mã thủ tục', en: 'Search by name or code' },
  searchHint: { vi: 'Gõ có dấu hay không dấu đều được, rồi nhấn Enter.', en: 'Accents are optional; press Enter to search.' },
  searchButton: { vi: 'Tìm kiếm', en: 'Search' },
  filters: { vi: 'Lọc kết quả', en: 'Filter the results' },
  filtersHint: { vi: 'Danh sách cập nhật ngay khi bạn chọn.', en: 'The list updates as soon as you choose.' },
  anySector: { vi: 'Tất cả lĩnh vực', en: 'All sectors' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  anyAgency: { vi: 'Tất cả cơ quan', en: 'All agencies' },
  anyLevel: { vi: 'Tất cả các cấp', en: 'All levels' },
  applicantType: { vi: 'Đối tượng thực hiện', en: 'Who may file' },
  anyApplicant: { vi: 'Tất cả đối tượng', en: 'Anyone' },
  activeFilters: { vi: 'Đang lọc theo', en: 'Filtered by' },
  removeFilter: { vi: 'Bỏ lọc', en: 'Remove filter' },
  clearFilters: { vi: 'Bỏ tất cả bộ lọc', en: 'Clear all filters' },
  bySector: { vi: 'Tìm theo lĩnh vực', en: 'Browse by sector' },
  all: { vi: 'Tất cả thủ tục', en: 'All procedures' },
  results: { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  code: { vi: 'Mã thủ tục', en: 'Code' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  online: { vi: 'Mức độ trực tuyến', en: 'Online service' },
  featured: { vi: 'Được quan tâm', en: 'Popular' },
  empty: { vi: 'Không tìm thấy thủ tục phù hợp.', en: 'No procedure matches.' },
  tipsTitle: { vi: 'Bạn có thể:', en: 'You can:' },
  tipWords: {
    vi: 'gõ ít từ hơn hoặc từ khác, ví dụ “khai sinh” thay vì “làm giấy khai sinh cho con”;',
    en: 'use fewer or other words, e.g. “khai sinh” rather than “làm giấy khai sinh cho con”;',
  },
  tipCode: { vi: 'tìm theo mã thủ tục in trên giấy tờ, ví dụ 1.001193;', en: 'search by the procedure code printed on your papers, e.g. 1.001193;' },
  tipFilters: { vi: 'bỏ bớt bộ lọc đang chọn;', en: 'remove some of the filters;' },
  tipBrowse: { vi: 'xem thủ tục theo lĩnh vực', en: 'browse procedures by sector' },
  tipHelp: { vi: 'hoặc gọi tổng đài 1900 0000 (giờ hành chính) để được hướng dẫn.', en: 'or call 1900 0000 (office hours) for help.' },
} satisfies Record<string, Label>;

const FILTER_LABELS: Record<CatalogueFilterKey, Label> = {
  sector: TEXT.sector,
  agency: TEXT.agency,
  level: TEXT.level,
  applicantType: TEXT.applicantType,
};

/**
 * The public catalogue: words and filters kept in the URL (shareable; the back button returns to the previous
 * search), sectors with their counts on the landing, results with the query's words marked, paging.
 */
@Component({
  selector: 'cp-catalogue',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent, HighlightComponent, PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue.component.html',
  styles: `
    .search-row { display: flex; gap: .5rem; }
    .search-row input { flex: 1; }
    .filters { border: 0; padding: 0; margin: 0; min-width: 0; }
    .filters legend { font-weight: 700; padding: 0; margin-bottom: .25rem; }
    .filter-grid { display: grid; gap: 0 var(--space); grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); margin-top: .5rem; }
    .filter-grid .field { margin-bottom: .5rem; }
    .active { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0 0 var(--space); }
    .active ul { display: flex; flex-wrap: wrap; gap: .5rem; }
    .chip { border-radius: 999px; padding: .25rem .75rem; min-height: 2.25rem; }
    .sectors { columns: 3 16rem; column-gap: 2rem; }
    .sectors li { break-inside: avoid; padding: .2rem 0; }
    .count { color: var(--color-muted); font-size: .875rem; white-space: nowrap; }
    .results { list-style: none; padding: 0; margin: 0; }
    .procedure h3 { margin: 0 0 .5rem; font-size: 1.1rem; }
    .procedure .facts { font-size: .925rem; }
    .badge--featured { background: var(--color-warn-bg); color: var(--color-warn); border-color: #c98a00; margin-bottom: .5rem; }
    .tips { margin: .5rem 0 0; padding-left: 1.25rem; }
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

  /** Query parameters, bound by the router. */
  readonly q = input<string | undefined>();
  readonly sector = input<string | undefined>();
  readonly agency = input<string | undefined>();
  readonly level = input<string | undefined>();
  readonly applicantType = input<string | undefined>();
  readonly page = input(1, { transform: pageParam });

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly levels = LEVEL_LABELS;
  protected readonly levelCodes = PROCEDURE_LEVELS;
  protected readonly applicantTypes = APPLICANT_TYPE_LABELS;
  protected readonly applicantTypeCodes = APPLICANT_TYPES;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  protected readonly formatVnd = formatVnd;

  protected readonly filters = computed<CatalogueFilters>(() =>
    filtersFromParams({ q: this.q(), sector: this.sector(), agency: this.agency(), level: this.level(), applicantType: this.applicantType() }),
  );
  protected readonly query = computed(() => this.filters().q);
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  /** The landing (no words, no filter): sectors to browse come first. */
  protected readonly landing = computed(() => !this.query() && !this.filtered());

  /** What is in the box: follows the URL, edited freely until Enter. */
  protected readonly draft = linkedSignal(() => this.q() ?? '');

  protected readonly results = loader(
    () => apiQuery(this.filters(), this.page(), CATALOGUE_PAGE_SIZE),
    (query) => this.api.search(query),
  );
  protected readonly sectors = loader(
    () => true,
    () => this.api.sectors(),
  );
  protected readonly agencies = loader(
    () => true,
    () => this.api.agencies().pipe(map((agencies) => [...agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi')))),
  );

  /** A value in the URL the lists do not offer (a sector with no published procedure yet) stays selectable. */
  protected readonly unknownSector = computed(() => {
    const code = this.filters().sector;
    const sectors = this.sectors.value();
    return code && sectors && !sectors.some((sector) => sector.code === code) ? code : null;
  });

  protected readonly activeFilters = computed(() => {
    const filters = this.filters();
    return FILTER_KEYS.filter((key) => filters[key] !== '').map((key) => ({ key, label: FILTER_LABELS[key], value: this.valueLabel(key, filters) }));
  });

  /** Announced politely whenever a search ends: how many, for which words. */
  protected readonly summary = computed<Label | null>(() => {
    const page = this.results.value();
    if (!page) return null;
    const q = this.query();
    const filtered = this.filtered() ? { vi: ' (đã lọc)', en: ' (filtered)' } : { vi: '', en: '' };
    return q
      ? { vi: `${page.total} thủ tục phù hợp với “${q}”${filtered.vi}`, en: `${page.total} procedures match “${q}”${filtered.en}` }
      : { vi: `${page.total} thủ tục${filtered.vi}`, en: `${page.total} procedures${filtered.en}` };
  });

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.go({ ...this.filters(), q: this.draft() });
  }

  protected setFilter(key: CatalogueFilterKey, event: Event): void {
    this.go({ ...this.filters(), q: this.draft(), [key]: (event.target as HTMLSelectElement).value });
  }

  protected removeFilter(key: CatalogueFilterKey): void {
    this.go({ ...this.filters(), [key]: '' });
  }

  protected clearFilters(): void {
    this.go({ ...this.filters(), sector: '', agency: '', level: '', applicantType: '' });
  }

  private go(filters: CatalogueFilters): void {
    void this.router.navigate(['/thu-tuc'], { queryParams: paramsFromFilters(filtersFromParams(filters)) });
  }

  private valueLabel(key: CatalogueFilterKey, filters: CatalogueFilters): Label {
    const same = (text: string): Label => ({ vi: text, en: text });
    switch (key) {
      case 'sector':
        return same(this.sectors.value()?.find((sector) => sector.code === filters.sector)?.name ?? filters.sector);
      case 'agency':
        return same(this.agencies.value()?.find((agency) => agency.id === filters.agency)?.name ?? '…');
      case 'level':
        return filters.level ? LEVEL_LABELS[filters.level] : same('');
      case 'applicantType':
        return filters.applicantType ? APPLICANT_TYPE_LABELS[filters.applicantType] : same('');
    }
  }
}
