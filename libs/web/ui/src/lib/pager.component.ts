import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizePipe } from './localize.pipe';

const TEXT = {
  pagination: { vi: 'Phân trang', en: 'Pagination' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
};

/**
 * Previous / next links that keep the page's other query parameters (page 1 is the address without `page`), with
 * "Trang 2 / 5" between them. Hidden when everything fits on one page. Shared by the portal and the desk lists.
 */
@Component({
  selector: 'ui-pager',
  imports: [RouterLink, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager row no-print" [attr.aria-label]="text.pagination | loc" data-testid="pager">
        @if (page() > 1) {
          <a class="button button--secondary" routerLink="." [queryParams]="{ page: pageParam(page() - 1) }" queryParamsHandling="merge"
            rel="prev" data-testid="page-prev">← {{ text.previous | loc }}</a>
        }
        <span aria-current="page" data-testid="page-info">{{ pageText() | loc }}</span>
        @if (page() < pages()) {
          <a class="button button--secondary" routerLink="." [queryParams]="{ page: pageParam(page() + 1) }" queryParamsHandling="merge"
            rel="next" data-testid="page-next">{{ text.next | loc }} →</a>
        }
      </nav>
    }
  `,
  styles: `.pager { justify-content: center; margin-top: 1rem; gap: 1rem; }`,
})
export class PagerComponent {
  readonly page = input.required<number>();
  readonly size = input.required<number>();
  readonly total = input.required<number>();
  protected readonly text = TEXT;
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / Math.max(1, this.size()))));
  protected readonly pageText = computed(() => ({
    vi: `Trang ${this.page()} / ${this.pages()}`,
    en: `Page ${this.page()} of ${this.pages()}`,
  }));

  protected pageParam(page: number): number | null {
    return page > 1 ? page : null;
  }
}
