import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@dvc/web/data-access';
import { LanguageSwitchComponent, LocalizePipe } from '@dvc/web/ui';
import { focusHeadingOnNavigation } from './core/focus-on-navigation';
import { COMMON_TEXT } from './i18n/messages';

/** The page frame: skip link, header with navigation and language switch, the routed page, footer. */
@Component({
  selector: 'cp-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ t.skipToContent | loc }}</a>
    <header class="app-header">
      <div class="app-header__inner">
        <a class="app-brand" routerLink="/">{{ t.brand | loc }}<small>{{ t.brandTagline | loc }}</small></a>
        <nav class="app-nav" [attr.aria-label]="t.mainNav | loc">
          <a routerLink="/thu-tuc" routerLinkActive="active" ariaCurrentWhenActive="page">{{ t.navProcedures | loc }}</a>
          <a routerLink="/tra-cuu" routerLinkActive="active" ariaCurrentWhenActive="page">{{ t.navTracking | loc }}</a>
          @if (session.user(); as user) {
            <a routerLink="/ho-so-cua-toi" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-my-dossiers">{{
              t.navMyDossiers | loc
            }}</a>
            <span class="user-name"><span class="visually-hidden">{{ t.loggedInAs | loc }} </span>{{ user.fullName }}</span>
            <button type="button" class="button button--ghost" data-testid="nav-logout" (click)="logout()">{{ t.navLogout | loc }}</button>
          } @else {
            <a routerLink="/dang-nhap" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-login">{{ t.navLogin | loc }}</a>
            <a routerLink="/dang-ky" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-register">{{
              t.navRegister | loc
            }}</a>
          }
          <ui-language-switch />
        </nav>
      </div>
    </header>
    <main class="app-main" id="main" tabindex="-1"><router-outlet /></main>
    <footer class="app-footer">
      <div class="app-footer__inner">{{ t.footer | loc }}</div>
    </footer>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    .app-main { flex: 1; width: 100%; }
    .app-main:focus { outline: none; }
    .user-name { font-size: .875rem; opacity: .9; max-width: 12rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    @media (max-width: 40rem) { .user-name { display: none; } }
  `,
})
export class AppComponent {
  protected readonly session = inject(SessionStore);
  protected readonly t = COMMON_TEXT;
  private readonly router = inject(Router);

  constructor() {
    focusHeadingOnNavigation();
  }

  /** In-page links would otherwise resolve against <base href="/"> and leave the page. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = document.getElementById('main');
    main?.focus();
    main?.scrollIntoView();
  }

  protected async logout(): Promise<void> {
    try {
      await this.session.logout();
    } catch {
      // The store forgets the user even when the server cannot be reached; the cookie expires on its own.
    }
    await this.router.navigateByUrl('/');
  }
}
