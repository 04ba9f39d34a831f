import {
  afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, linkedSignal, signal, viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';
import { CalendarApi, CatalogueApi, SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { AgencyOfficeHoursView, AgencySummary, ApiError, OfficeHoursSetting } from '@dvc/shared/contracts';
import { apiErrorOf } from '../core/api-error-of';
import { M, minutesPerDayLabel } from '../i18n/messages';
import { editable, MAX_PERIODS, minutesPerDay, officeHoursProblem, officeHoursRequest, periodsText } from './office-hours-form';

type Outcome = { kind: 'done'; message: Label } | { kind: 'error'; error: ApiError };

/**
 * An agency's office hours: its own setting (or that it inherits) and what applies to it. The province admin edits
 * any agency, an agency admin their own; others read. Periods are checked by the server's rule before sending.
 */
@Component({
  selector: 'sd-office-hours',
  imports: [LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './office-hours.component.css',
  templateUrl: './office-hours.component.html',
})
export class OfficeHoursComponent {
  protected readonly m = M;
  protected readonly maxPeriods = MAX_PERIODS;
  protected readonly periodsText = periodsText;
  private readonly api = inject(CalendarApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  private readonly provinceAdmin = computed(() => this.session.role() === 'province_admin');
  private readonly ownAgencies = computed(() => this.session.user()?.agencies ?? []);
  /** The province admin chooses among all agencies; everyone else among their own. */
  private readonly allAgencies = rxResource<AgencySummary[], true | undefined>({
    params: () => (this.provinceAdmin() ? true : undefined),
    stream: () => this.catalogue.agencies(),
  });
  protected readonly agencies = computed<AgencySummary[]>(() => {
    if (!this.provinceAdmin()) return this.ownAgencies();
    return this.allAgencies.hasValue() ? this.allAgencies.value() : [];
  });
  protected readonly agenciesError = computed(() => apiErrorOf(this.allAgencies.error()));

  protected readonly agencyId = linkedSignal(() => this.agencies()[0]?.id ?? '');
  protected readonly view = rxResource<AgencyOfficeHoursView, string | undefined>({
    params: () => this.agencyId() || undefined,
    stream: ({ params }) => this.api.officeHours(params),
  });
  protected readonly current = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly viewError = computed(() => apiErrorOf(this.view.error()));

  protected readonly canEdit = computed(() => {
    const id = this.agencyId();
    return this.provinceAdmin() || (this.session.role() === 'agency_admin' && this.ownAgencies().some((agency) => agency.id === id));
  });

  /** The editor starts from the agency's own hours, or from what applies when it has none. */
  protected readonly draft = linkedSignal<OfficeHoursSetting | null>(() => {
    const current = this.current();
    return current ? editable(current.own ?? current.effective) : null;
  });
  protected readonly problem = signal<Label | null>(null);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly dayLength = computed(() => {
    const draft = this.draft();
    const minutes = draft ? minutesPerDay(officeHoursRequest(draft)) : null;
    return minutes === null ? null : minutesPerDayLabel(minutes);
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected chooseAgency(id: string): void {
    this.agencyId.set(id);
    this.problem.set(null);
    this.outcome.set(null);
  }

  protected setTime(index: number, edge: 'start' | 'end', value: string): void {
    this.edit((draft) => ({
      ...draft,
      segments: draft.segments.map((segment, at) => (at === index ? { ...segment, [edge]: value } : segment)),
    }));
  }

  protected setCutoff(value: string): void {
    this.edit((draft) => ({ ...draft, cutoff: value }));
  }

  protected addPeriod(): void {
    this.edit((draft) => {
      const last = draft.segments.at(-1)?.end ?? '07:00';
      return { ...draft, segments: [...draft.segments, { start: last, end: last }] };
    });
    const index = (this.draft()?.segments.length ?? 1) - 1;
    this.afterRender(() => this.focus(`#hours-start-${index}`));
  }

  protected removePeriod(index: number): void {
    this.edit((draft) => ({ ...draft, segments: draft.segments.filter((_, at) => at !== index) }));
    this.afterRender(() => this.focus('#hours-start-0'));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    const agencyId = this.agencyId();
    if (!draft || !agencyId || this.busy()) return;
    const request = officeHoursRequest(draft);
    const problem = officeHoursProblem(request);
    this.problem.set(problem);
    if (problem) {
      this.outcome.set(null);
      this.afterRender(() => this.focus('[data-testid="hours-problem"]'));
      return;
    }
    await this.run(async () => {
      this.view.value.set(await firstValueFrom(this.api.setOfficeHours(agencyId, request)));
      return { kind: 'done', message: M.officeHoursSaved };
    });
  }

  protected async clear(): Promise<void> {
    const agencyId = this.agencyId();
    if (!agencyId || this.busy()) return;
    this.problem.set(null);
    await this.run(async () => {
      this.view.value.set(await firstValueFrom(this.api.clearOfficeHours(agencyId)));
      return { kind: 'done', message: M.officeHoursCleared };
    });
  }

  private edit(change: (draft: OfficeHoursSetting) => OfficeHoursSetting): void {
    this.draft.update((draft) => (draft ? change(draft) : draft));
    if (this.problem()) this.problem.set(officeHoursProblem(officeHoursRequest(this.draft() ?? { segments: [], cutoff: '' })));
  }

  private async run(work: () => Promise<Outcome>): Promise<void> {
    this.busy.set(true);
    this.outcome.set(null);
    try {
      this.outcome.set(await work());
    } catch (error) {
      this.outcome.set({ kind: 'error', error: toApiError(error) });
    } finally {
      this.busy.set(false);
      this.afterRender(() => this.outcomeRegion()?.nativeElement.focus());
    }
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  private afterRender(callback: () => void): void {
    afterNextRender(callback, { injector: this.injector });
  }
}
