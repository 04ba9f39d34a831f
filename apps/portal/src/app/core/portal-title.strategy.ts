import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';

const SITE = 'Cổng dịch vụ công tỉnh';

/** "<page title> – Cổng dịch vụ công tỉnh" from the route's `title`, so each page is named in the tab and by screen readers. */
@Injectable({ providedIn: 'root' })
export class PortalTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${page} – ${SITE}` : SITE);
  }
}
