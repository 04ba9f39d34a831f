import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Label } from '@dvc/shared/domain';
import { LocalizePipe } from '@dvc/web/ui';

const TEXT = {
  title: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  text: {
    vi: 'Địa chỉ này không có trên cổng. Có thể đường dẫn đã cũ hoặc bị gõ sai.',
    en: 'This address does not exist on the portal. The link may be outdated or mistyped.',
  },
  home: { vi: 'Về trang chủ', en: 'Go to the home page' },
  procedures: { vi: 'Tìm thủ tục', en: 'Find a procedure' },
  tracking: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
} satisfies Record<string, Label>;

/** Any unknown address. */
@Component({
  selector: 'cp-not-found',
  imports: [RouterLink, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card" data-testid="not-found">
      <h1>{{ t.title | loc }}</h1>
      <p>{{ t.text | loc }}</p>
      <ul>
        <li><a routerLink="/">{{ t.home | loc }}</a></li>
        <li><a routerLink="/thu-tuc">{{ t.procedures | loc }}</a></li>
        <li><a routerLink="/tra-cuu">{{ t.tracking | loc }}</a></li>
      </ul>
    </div>
  `,
})
export class NotFoundComponent {
  protected readonly t = TEXT;
}
