import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalizePipe } from '@dvc/web/ui';
import { COMMON_TEXT } from '../i18n/messages';

/** Previous / next links that keep the other query parameters, with "Trang 2 / 5" between them. Hidden for one page. */
@Component({
  selector: 'cp-pager',
  imports: [RouterLink, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager row no-print" [attr.aria-label]="t.pagination | loc" data-testid="pager">
        @if (page() > 1) {
          <a class="button button--secondary" routerLink="." [queryParams]="{ page: page() - 1 }" queryParamsHandling="merge"
            rel="prev">← {{ t.previous | loc }}</a>
        }
        <span aria-current="page">{{ pageText() | loc }}</span>
        @if (page() < pages()) {
          <a class="button button--secondary" routerLink="." [queryParams]="{ page: page() + 1 }" queryParamsHandling="merge"
            rel="next">{{ t.next | loc }} →</a>
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
  protected readonly t = COMMON_TEXT;
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / Math.max(1, this.size()))));
  protected readonly pageText = computed(() => ({
    vi: `Trang ${this.page()} / ${this.pages()}`,
    en: `Page ${this.page()} of ${this.pages()}`,
  }));
}
