import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Label } from '@dvc/shared/domain';
import { CatalogueApi } from '@dvc/web/data-access';
import { LocalizePipe } from '@dvc/web/ui';
import { loader } from '../../core/loader';
import { COMMON_TEXT, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../../i18n/messages';

/** How many featured procedures the front page lists. */
export const FEATURED_COUNT = 6;

const TEXT = {
  title: { vi: 'Làm thủ tục hành chính trực tuyến', en: 'Administrative procedures online' },
  lead: {
    vi: 'Tìm thủ tục, nộp hồ sơ qua mạng và theo dõi kết quả mà không phải đến cơ quan nhà nước.',
    en: 'Find a procedure, file your dossier online and follow it without visiting an office.',
  },
  searchLabel: { vi: 'Tìm thủ tục hành chính', en: 'Search procedures' },
  searchHint: { vi: 'Ví dụ: khai sinh, kết hôn, giấy phép xây dựng. Gõ có dấu hay không dấu đều được.', en: 'For example: birth registration, marriage, building permit. Accents are optional.' },
  searchButton: { vi: 'Tìm kiếm', en: 'Search' },
  howTitle: { vi: 'Các bước thực hiện', en: 'How it works' },
  trackTitle: { vi: 'Đã nộp hồ sơ?', en: 'Already filed?' },
  trackText: {
    vi: 'Nhập mã hồ sơ và mã tra cứu in trên giấy tiếp nhận để xem hồ sơ đang ở bước nào.',
    en: 'Enter the dossier code and the tracking secret from your receipt to see where it stands.',
  },
  trackLink: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  browse: { vi: 'Xem tất cả thủ tục', en: 'Browse all procedures' },
  featuredTitle: { vi: 'Thủ tục được quan tâm', en: 'Popular procedures' },
  featuredMore: { vi: 'Xem thủ tục theo lĩnh vực', en: 'Browse procedures by sector' },
} satisfies Record<string, Label>;

const STEPS: readonly { title: Label; text: Label }[] = [
  {
    title: { vi: 'Tìm thủ tục', en: 'Find' },
    text: { vi: 'Xem giấy tờ cần chuẩn bị, phí, lệ phí và thời hạn giải quyết.', en: 'See the documents needed, the fees and the time limit.' },
  },
  {
    title: { vi: 'Nộp trực tuyến', en: 'File online' },
    text: { vi: 'Điền tờ khai, đính kèm bản chụp giấy tờ và nhận mã hồ sơ ngay.', en: 'Fill in the form, attach scans and get your dossier code at once.' },
  },
  {
    title: { vi: 'Theo dõi', en: 'Follow' },
    text: { vi: 'Xem trạng thái, ngày hẹn trả và nhận thư báo ở mỗi bước.', en: 'See the status and appointment date; get an e-mail at every step.' },
  },
  {
    title: { vi: 'Nhận kết quả', en: 'Receive' },
    text: { vi: 'Tải kết quả điện tử hoặc nhận tại bộ phận một cửa.', en: 'Download the electronic result or collect it at the one-stop desk.' },
  },
];

/** The front page: a big search box, the procedures people file most, the four steps, and the way to tracking. */
@Component({
  selector: 'cp-home',
  imports: [RouterLink, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero card">
      <h1>{{ t.title | loc }}</h1>
      <p>{{ t.lead | loc }}</p>
      <form role="search" (submit)="search($event)">
        <div class="field">
          <label for="home-search">{{ t.searchLabel | loc }}</label>
          <div class="search-row">
            <input id="home-search" type="search" name="q" autocomplete="off" aria-describedby="home-search-hint"
              [value]="query()" (input)="query.set(inputValue($event))" data-testid="home-search" />
            <button class="button" type="submit">{{ t.searchButton | loc }}</button>
          </div>
          <span class="hint" id="home-search-hint">{{ t.searchHint | loc }}</span>
        </div>
      </form>
      <a routerLink="/thu-tuc">{{ t.browse | loc }}</a>
    </section>

    @if (featured.loading() || (featured.value()?.items ?? []).length > 0) {
      <section aria-labelledby="featured-title" data-testid="featured">
        <h2 id="featured-title">{{ t.featuredTitle | loc }}</h2>
        @if (featured.value(); as page) {
          <ul class="featured grid">
            @for (procedure of page.items; track procedure.code) {
              <li class="card" data-testid="featured-procedure" [attr.data-code]="procedure.code">
                <h3><a [routerLink]="['/thu-tuc', procedure.code]">{{ procedure.name }}</a></h3>
                <p class="muted">{{ procedure.sectorName }} · {{ levels[procedure.level] | loc }} · {{ timeLimitLabel(procedure.timeLimit) | loc }}</p>
                <p>{{ onlineLevels[procedure.onlineLevel] | loc }}</p>
              </li>
            }
          </ul>
          <p><a routerLink="/thu-tuc" data-testid="home-sectors">{{ t.featuredMore | loc }}</a></p>
        } @else {
          <p class="loading">{{ common.loading | loc }}</p>
        }
      </section>
    }

    <section aria-labelledby="how-title">
      <h2 id="how-title">{{ t.howTitle | loc }}</h2>
      <ol class="steps grid">
        @for (step of steps; track $index) {
          <li class="card">
            <h3>{{ $index + 1 }}. {{ step.title | loc }}</h3>
            <p>{{ step.text | loc }}</p>
          </li>
        }
      </ol>
    </section>

    <section class="card" aria-labelledby="track-title">
      <h2 id="track-title">{{ t.trackTitle | loc }}</h2>
      <p>{{ t.trackText | loc }}</p>
      <a class="button button--secondary" routerLink="/tra-cuu" data-testid="home-tracking">{{ t.trackLink | loc }}</a>
    </section>
  `,
  styles: `
    .hero { padding: 1.5rem; }
    .hero h1 { font-size: 1.9rem; }
    .search-row { display: flex; gap: .5rem; }
    .search-row input { font-size: 1.15rem; min-height: 52px; }
    .featured { list-style: none; padding: 0; margin: 0 0 .5rem; }
    .featured .card { margin: 0; display: flex; flex-direction: column; gap: .25rem; }
    .featured h3 { margin: 0; font-size: 1.05rem; }
    .featured p { margin: 0; font-size: .9rem; }
    .steps { list-style: none; padding: 0; margin: 0; }
    .steps .card { margin: 0; }
    .steps h3 { margin: 0 0 .25rem; }
    .steps p { margin: 0; }
    @media (max-width: 40rem) { .search-row { flex-direction: column; } .hero h1 { font-size: 1.4rem; } }
  `,
})
export class HomeComponent {
  private readonly router = inject(Router);
  private readonly catalogue = inject(CatalogueApi);
  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly levels = LEVEL_LABELS;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  /** Featured by the province (flags.featured); a failure leaves the section with its link only. */
  protected readonly featured = loader(
    () => FEATURED_COUNT,
    (size) => this.catalogue.search({ featured: true, size }),
  );
  protected readonly steps = STEPS;
  protected readonly query = signal('');

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.query().trim();
    void this.router.navigate(['/thu-tuc'], { queryParams: q ? { q } : {} });
  }
}
