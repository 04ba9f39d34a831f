import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { SessionStore } from '@dvc/web/data-access';
import { LanguageSwitchComponent, LocalizePipe } from '@dvc/web/ui';
import { STAFF_ROLES } from '@dvc/shared/domain';
import { DESK_NAV, DOSSIER_PATH, LOGIN_PATH } from './core/desk.constants';
import { InboxFiltersStore } from './core/inbox-filters.store';
import { M, ROLE_LABELS } from './i18n/messages';

/** The desk's frame: skip link, header with who is working (name, role, agencies), navigation, logout, language. */
@Component({
  selector: 'sd-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent, LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ m.skipToContent | loc }}</a>
    <header class="app-header">
      <div class="app-header__inner">
        <a class="app-brand" routerLink="/">{{ m.appName | loc }} — {{ m.appSubtitle | loc }}</a>
        @if (staff(); as user) {
          <nav class="app-nav" [attr.aria-label]="m.mainNav | loc">
            <a routerLink="/" [queryParams]="filters.queryParams()" [class.active]="inboxActive()" [attr.aria-current]="inboxActive() ? 'page' : null"
              data-testid="nav-inbox">{{ m.navInbox | loc }}</a>
            @for (entry of nav(); track entry.path) {
              <a [routerLink]="entry.path" routerLinkActive="active" ariaCurrentWhenActive="page" [attr.data-testid]="entry.testId">{{
                entry.label | loc
              }}</a>
            }
          </nav>
          <p class="desk-user" data-testid="current-user">
            <span class="visually-hidden">{{ m.signedInAs | loc }}:</span>
            <strong>{{ user.fullName }}</strong>
            <span>{{ roleLabels[user.role] | loc }}</span>
            @if (agencyNames()) {
              <span class="desk-user__agencies"><span class="visually-hidden">{{ m.agencies | loc }}:</span> {{ agencyNames() }}</span>
            }
          </p>
          <button type="button" class="button button--ghost" data-testid="nav-logout" [disabled]="loggingOut()" (click)="logout()">
            {{ m.logout | loc }}
          </button>
        }
        <ui-language-switch />
      </div>
    </header>
    <main class="app-main" id="main" tabindex="-1"><router-outlet /></main>
  `,
})
export class AppComponent {
  protected readonly m = M;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly filters = inject(InboxFiltersStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly loggingOut = signal(false);

  protected readonly staff = computed(() => {
    const user = this.session.user();
    return user && STAFF_ROLES.includes(user.role) ? user : null;
  });
  /** The pages of the user's role besides the inbox. */
  protected readonly nav = computed(() => {
    const role = this.staff()?.role;
    return role ? DESK_NAV.filter((entry) => entry.roles === 'all' || entry.roles.includes(role)) : [];
  });
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** The inbox entry stays current on a dossier's page (its "section"), with or without filters. */
  protected readonly inboxActive = computed(() => {
    const path = this.url().split(/[?#]/)[0] ?? '';
    return path === '/' || path.startsWith(`${DOSSIER_PATH}/`);
  });
  protected readonly agencyNames = computed(() => (this.staff()?.agencies ?? []).map((agency) => agency.name).join(', '));

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  protected async logout(): Promise<void> {
    this.loggingOut.set(true);
    try {
      await this.session.logout();
    } catch {
      // The session is cleared locally either way; the login page is the right place to land.
    } finally {
      this.loggingOut.set(false);
      await this.router.navigateByUrl(LOGIN_PATH);
    }
  }
}
