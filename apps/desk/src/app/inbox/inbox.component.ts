import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { DossiersApi, SessionStore } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, PagerComponent, VnDatePipe } from '@dvc/web/ui';
import { allowedActions, DOSSIER_STATUSES, REPORTING_GROUP, STATUS_LABELS, type DossierStatus } from '@dvc/shared/domain';
import type { DeskInboxQuery, DossierSummary } from '@dvc/shared/contracts';
import { apiErrorOf } from '../core/api-error-of';
import { DeadlineComponent } from '../core/deadline.component';
import { DOSSIER_PATH, INBOX_PAGE_SIZE, INBOX_PRESETS } from '../core/desk.constants';
import { InboxFiltersStore } from '../core/inbox-filters.store';
import { countLabel, M } from '../i18n/messages';

function isStatus(value: string | undefined): value is DossierStatus {
  return value !== undefined && (DOSSIER_STATUSES as readonly string[]).includes(value);
}

/**
 * The inbox: dossiers of the user's agencies, newest first (the API's order), filtered by status and by code or
 * applicant name. Filters live in the address (?status=&q=&page=) so a link or a reload shows the same list.
 */
@Component({
  selector: 'sd-inbox',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent, PagerComponent, DeadlineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './inbox.component.css',
  templateUrl: './inbox.component.html',
})
export class InboxComponent {
  /** Query parameters, bound by the router. */
  readonly status = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();

  protected readonly m = M;
  protected readonly presets = INBOX_PRESETS;
  protected readonly statuses = DOSSIER_STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly groups = REPORTING_GROUP;
  protected readonly dossierPath = DOSSIER_PATH;

  private readonly api = inject(DossiersApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly filters = inject(InboxFiltersStore);

  protected readonly statusFilter = computed(() => {
    const status = this.status();
    return isStatus(status) ? status : undefined;
  });
  protected readonly search = computed(() => this.q()?.trim() ?? '');
  protected readonly pageSize = INBOX_PAGE_SIZE;
  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page >= 1 ? page : 1;
  });
  private readonly query = computed<DeskInboxQuery>(() => ({
    status: this.statusFilter(),
    q: this.search() || undefined,
    page: this.pageNumber(),
    size: INBOX_PAGE_SIZE,
  }));

  protected readonly result = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.inbox(params) });
  protected readonly rows = computed<DossierSummary[]>(() => (this.result.hasValue() ? this.result.value().items : []));
  protected readonly total = computed(() => (this.result.hasValue() ? this.result.value().total : 0));
  protected readonly error = computed(() => apiErrorOf(this.result.error()));
  protected readonly count = computed(() => countLabel(this.total()));
  protected readonly filtered = computed(() => this.statusFilter() !== undefined || this.search() !== '');

  constructor() {
    effect(() => {
      const page = this.pageNumber();
      this.filters.remember({ status: this.statusFilter(), q: this.search() || undefined, page: page > 1 ? page : undefined });
    });
  }

  /** Whether the current user has something to do on a dossier in this status. */
  protected needsMe(status: DossierStatus): boolean {
    const role = this.session.role();
    return role !== null && allowedActions(role, status).length > 0;
  }

  protected presetParams(status: DossierStatus | null): Record<string, string | null> {
    return { status, q: this.search() || null, page: null };
  }

  protected async applyFilters(event: Event, q: string, status: string): Promise<void> {
    event.preventDefault();
    await this.navigate({ status: isStatus(status) ? status : null, q: q.trim() || null, page: null });
  }

  protected async clearFilters(): Promise<void> {
    await this.navigate({ status: null, q: null, page: null });
  }

  protected refresh(): void {
    this.result.reload();
  }

  private async navigate(queryParams: Record<string, string | null>): Promise<void> {
    await this.router.navigate([], { queryParams });
  }
}
