import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { catchError, firstValueFrom, of } from 'rxjs';
import { CatalogueAdminApi, CatalogueApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, PagerComponent, VnDatePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { AdminProcedureQuery, AdminProcedureRow, ApiError, ProcedureVersionStatus } from '@dvc/shared/contracts';
import { vnDay } from '../calendar/calendar-day-form';
import { apiErrorOf } from '../core/api-error-of';
import {
  CATALOGUE_HISTORY_PATH, CATALOGUE_IMPORT_PATH, CATALOGUE_NEW_PATH, CATALOGUE_PAGE_SIZE, CATALOGUE_VERSION_PATH,
} from '../core/desk.constants';
import { CM, decisionLabel, M, procedureCountLabel, scheduledOnLabel, VERSION_STATUS_LABELS, versionLabel } from '../i18n/messages';
import { currentNotice, noticeState } from './catalogue-notice';

export const VERSION_STATUSES: readonly ProcedureVersionStatus[] = ['draft', 'published', 'retired'];

function isVersionStatus(value: string | undefined): value is ProcedureVersionStatus {
  return value !== undefined && (VERSION_STATUSES as readonly string[]).includes(value);
}

/**
 * "Danh mục thủ tục": procedures with their published version and their draft, searched by code or name (no
 * diacritics needed), filtered by version status and sector, a page at a time. The filters live in the address
 * (?q=&status=&sector=&page=). A published procedure without a draft offers to start one.
 */
@Component({
  selector: 'sd-catalogue-list',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent, PagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './catalogue.css',
  templateUrl: './catalogue-list.component.html',
})
export class CatalogueListComponent {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly status = input<string>();
  readonly sector = input<string>();
  readonly page = input<string>();

  protected readonly m = M;
  protected readonly cm = CM;
  protected readonly statuses = VERSION_STATUSES;
  protected readonly statusLabels = VERSION_STATUS_LABELS;
  protected readonly versionLabel = versionLabel;
  protected readonly scheduledOnLabel = scheduledOnLabel;
  protected readonly importPath = CATALOGUE_IMPORT_PATH;
  protected readonly newPath = CATALOGUE_NEW_PATH;
  protected readonly versionPath = CATALOGUE_VERSION_PATH;
  protected readonly historyPath = CATALOGUE_HISTORY_PATH;
  private readonly api = inject(CatalogueAdminApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly router = inject(Router);

  protected readonly notice = signal<Label | null>(currentNotice(this.router));
  protected readonly actionError = signal<ApiError | null>(null);
  /** The code whose draft is being started. */
  protected readonly starting = signal<string | null>(null);

  protected readonly search = computed(() => this.q()?.trim() ?? '');
  protected readonly statusFilter = computed(() => {
    const status = this.status();
    return isVersionStatus(status) ? status : undefined;
  });
  protected readonly sectorFilter = computed(() => this.sector()?.trim() ?? '');
  protected readonly pageSize = CATALOGUE_PAGE_SIZE;
  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page >= 1 ? page : 1;
  });
  private readonly query = computed<AdminProcedureQuery>(() => ({
    q: this.search() || undefined,
    status: this.statusFilter(),
    sector: this.sectorFilter() || undefined,
    page: this.pageNumber(),
    size: CATALOGUE_PAGE_SIZE,
  }));

  protected readonly result = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.procedures(params) });
  /** The public sector list (sectors with published procedures); the filter works without it ("any sector" only). */
  private readonly sectorList = rxResource({ stream: () => this.catalogue.sectors().pipe(catchError(() => of([]))) });
  protected readonly sectors = computed(() => (this.sectorList.hasValue() ? this.sectorList.value() : []));
  protected readonly rows = computed<AdminProcedureRow[]>(() => (this.result.hasValue() ? this.result.value().items : []));
  protected readonly total = computed(() => (this.result.hasValue() ? this.result.value().total : 0));
  protected readonly error = computed(() => apiErrorOf(this.result.error()));
  protected readonly count = computed(() => procedureCountLabel(this.total()));
  protected readonly filtered = computed(() => this.search() !== '' || this.statusFilter() !== undefined || this.sectorFilter() !== '');

  protected decisionText(decision: { number: string; date: string }): Label {
    return decisionLabel(decision, vnDay(decision.date));
  }

  protected day(value: string): string {
    return vnDay(value);
  }

  protected async applyFilters(event: Event, q: string, status: string, sector: string): Promise<void> {
    event.preventDefault();
    await this.router.navigate([], { queryParams: { q: q.trim() || null, status: isVersionStatus(status) ? status : null, sector: sector || null, page: null } });
  }

  protected async clearFilters(): Promise<void> {
    await this.router.navigate([], { queryParams: { q: null, status: null, sector: null, page: null } });
  }

  protected refresh(): void {
    this.result.reload();
  }

  /** Editing a published procedure: the API copies it into a new draft, which opens in the editor. */
  protected async startDraft(row: AdminProcedureRow): Promise<void> {
    if (this.starting()) return;
    this.starting.set(row.code);
    this.actionError.set(null);
    this.notice.set(null);
    try {
      const draft = await firstValueFrom(this.api.draftFromPublished(row.code));
      await this.router.navigate([CATALOGUE_VERSION_PATH, draft.id], { state: noticeState('drafted') });
    } catch (error) {
      this.actionError.set(toApiError(error));
    } finally {
      this.starting.set(null);
    }
  }
}
