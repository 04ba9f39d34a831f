import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AgenciesAdminApi, CatalogueApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import type { AgencyMergeRequest, AgencySummary, ApiError } from '@dvc/shared/contracts';
import type { Label } from '@dvc/shared/domain';
import { apiErrorOf } from '../core/api-error-of';
import { LOGIN_PATH } from '../core/desk.constants';
import { AGM, agencyMergedLabel, M } from '../i18n/messages';
import { AgencyMergeFormComponent } from './agency-merge-form.component';
import { agencyTree, successorOptions } from './agency-tree';

type MergeOutcome = { kind: 'done'; message: Label } | { kind: 'error'; error: ApiError };

/** Errors after which the list on screen is out of date (someone else merged meanwhile): it is loaded again. */
const STALE_CODES: readonly string[] = ['AGENCY.ALREADY_MERGED', 'AGENCY.CLOSED', 'AGENCY.SUCCESSOR_CLOSED', 'AGENCY.NOT_FOUND', 'AGENCY.SUCCESSOR_NOT_FOUND'];

/**
 * "Cơ quan" (province admins): the current agencies as a tree, each with its merger. The merger opens inline below its
 * agency; after it the result is announced in a live region that receives the focus and the list is loaded again
 * (the merged agency leaves it). A refused merger keeps the form open with the API's message.
 */
@Component({
  selector: 'sd-agencies',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent, AgencyMergeFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './agencies.component.css',
  templateUrl: './agencies.component.html',
})
export class AgenciesComponent {
  protected readonly m = M;
  protected readonly agm = AGM;
  protected readonly loginPath = LOGIN_PATH;
  private readonly catalogue = inject(CatalogueApi);
  private readonly api = inject(AgenciesAdminApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  protected readonly loaded = rxResource({ stream: () => this.catalogue.agencies() });
  private readonly agencies = computed<AgencySummary[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly rows = computed(() => agencyTree(this.agencies()));
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));

  /** The agency whose merger form is open. */
  protected readonly open = signal<string | null>(null);
  protected readonly options = computed(() => {
    const id = this.open();
    return id === null ? [] : successorOptions(this.agencies(), id);
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<MergeOutcome | null>(null);

  protected toggle(agency: AgencySummary): void {
    if (this.busy()) return;
    this.outcome.set(null);
    if (this.open() === agency.id) {
      this.close();
      return;
    }
    this.open.set(agency.id);
  }

  protected close(): void {
    const id = this.open();
    this.open.set(null);
    if (id !== null) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-merge-opener="${id}"]`)?.focus(), { injector: this.injector });
    }
  }

  protected async merge(agency: AgencySummary, request: AgencyMergeRequest): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(null);
    const successor = this.agencies().find((candidate) => candidate.id === request.successorId);
    try {
      const result = await firstValueFrom(this.api.merge(agency.id, request));
      this.outcome.set({ kind: 'done', message: agencyMergedLabel(result, agency.name, successor?.name ?? result.successorId) });
      this.open.set(null);
      this.loaded.reload();
    } catch (error) {
      const apiError = toApiError(error);
      this.outcome.set({ kind: 'error', error: apiError });
      if (STALE_CODES.includes(apiError.code)) this.loaded.reload();
    } finally {
      this.busy.set(false);
      afterNextRender(() => this.outcomeRegion()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}
