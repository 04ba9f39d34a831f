import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, firstValueFrom, of } from 'rxjs';
import { CatalogueApi, DossiersApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import { ACTION_LABELS, RETURN_METHODS, STATUS_LABELS, toLocalDate, type DossierAction, type Label } from '@dvc/shared/domain';
import type { AgencySummary, ApiError, DossierActionRequest, DossierDetail, StaffMember } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { actionDoneLabel, M, RETURN_METHOD_LABELS } from '../i18n/messages';
import {
  actionFields, actionRequest, EMPTY_FORM, formProblems, reasonLabel, type ActionField, type ActionFormValues, type FormProblem,
} from './action-form';

/**
 * `conflict`: someone changed the dossier since it was loaded (stale version). `error` with `stale`: another 409,
 * e.g. the action no longer fits the dossier's status, which also calls for a reload.
 */
export type ActionOutcome = { kind: 'done'; message: Label } | { kind: 'conflict' } | { kind: 'error'; error: ApiError; stale: boolean };

/** Where each problem is fixed, to move the focus there. */
const PROBLEM_INPUT: Record<FormProblem, string> = {
  reason: 'action-reason',
  items: 'action-items',
  agency: 'action-agency',
  assignee: 'action-assignee',
  consultationDueDate: 'action-consultation-due',
  newDueDate: 'action-new-due',
  returnMethod: 'return-method',
  collectedBy: 'action-collected-by',
  waybill: 'action-waybill',
};

const PROBLEM_TEXT: Record<FormProblem, Label> = {
  reason: M.reasonRequired,
  items: M.itemsRequired,
  agency: M.agencyRequired,
  assignee: M.assigneeRequired,
  consultationDueDate: M.dateRequired,
  newDueDate: M.dateRequired,
  returnMethod: M.returnMethodRequired,
  collectedBy: M.collectedByRequired,
  waybill: M.waybillRequired,
};

/**
 * The action bar of a dossier: one button per action the server allows. Actions that need nothing run at once with
 * the version the user saw; the others open an inline form (reason, items, agency, date, return method …) first.
 * The result, a version conflict or an error is announced in a live region that receives the focus.
 */
@Component({
  selector: 'sd-dossier-actions',
  imports: [LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dossier-actions.component.css',
  templateUrl: './dossier-actions.component.html',
})
export class DossierActionsComponent {
  readonly dossier = input.required<DossierDetail>();
  /** The dossier as the API returned it after an action. */
  readonly updated = output<DossierDetail>();
  /** The user asked to reload the dossier (after a conflict). */
  readonly reloadRequested = output<void>();

  protected readonly m = M;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly returnMethods = RETURN_METHODS;
  protected readonly returnMethodLabels = RETURN_METHOD_LABELS;
  protected readonly problemText = PROBLEM_TEXT;
  private readonly api = inject(DossiersApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly clock = inject(DESK_CLOCK);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly busy = signal<DossierAction | null>(null);
  protected readonly formFor = signal<DossierAction | null>(null);
  protected readonly values = signal<ActionFormValues>(EMPTY_FORM);
  protected readonly problems = signal<readonly FormProblem[]>([]);
  protected readonly outcome = signal<ActionOutcome | null>(null);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  protected readonly fields = computed<readonly ActionField[]>(() => {
    const action = this.formFor();
    return action ? actionFields(action) : [];
  });
  protected readonly reasonLabel = computed(() => {
    const action = this.formFor();
    return action ? reasonLabel(action) : M.reason;
  });
  protected readonly today = computed(() => toLocalDate(this.clock()));

  /** Agencies to transfer to or consult: every agency but the one processing the dossier. Loaded when needed. */
  private readonly agenciesNeeded = computed(() => (this.fields().includes('agency') ? true : undefined));
  private readonly agencyList = rxResource<AgencySummary[], true | undefined>({
    params: this.agenciesNeeded,
    stream: () => this.catalogue.agencies().pipe(catchError(() => of([]))),
  });
  protected readonly agencies = computed(() => {
    const current = this.dossier().processingAgencyId;
    return (this.agencyList.hasValue() ? this.agencyList.value() : []).filter((agency) => agency.id !== current);
  });

  /** Specialists of the processing agency, for a leader's assignment. Loaded when needed. */
  private readonly specialistsOf = computed(() => (this.fields().includes('assignee') ? this.dossier().processingAgencyId : undefined));
  private readonly specialistList = rxResource<StaffMember[], string | undefined>({
    params: this.specialistsOf,
    stream: ({ params }) => this.api.staff(params, 'specialist').pipe(catchError(() => of([]))),
  });
  protected readonly specialists = computed(() => (this.specialistList.hasValue() ? this.specialistList.value() : []));
  protected readonly specialistsLoading = computed(() => this.specialistList.isLoading());

  protected has(field: ActionField): boolean {
    return this.fields().includes(field);
  }

  protected invalid(problem: FormProblem): boolean {
    return this.problems().includes(problem);
  }

  protected describedBy(problem: FormProblem, hint?: string): string | null {
    const ids = [hint, this.invalid(problem) ? `${PROBLEM_INPUT[problem]}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected buttonClass(action: DossierAction): string {
    if (action === 'refuse') return 'button button--danger';
    return actionFields(action).length ? 'button button--secondary' : 'button';
  }

  protected patch<K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]): void {
    this.values.update((values) => ({ ...values, [key]: value }));
    if (this.problems().length) this.problems.set(this.problemsNow());
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected setReturnMethod(value: string): void {
    const method = RETURN_METHODS.find((candidate) => candidate === value);
    this.patch('returnMethod', method ?? '');
  }

  protected async choose(action: DossierAction): Promise<void> {
    if (actionFields(action).length === 0) {
      await this.run(action, { version: this.dossier().version });
      return;
    }
    this.outcome.set(null);
    this.problems.set([]);
    this.values.set(EMPTY_FORM);
    this.formFor.set(action);
    this.afterRender(() => this.focusFirstInput());
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.formFor();
    if (!action) return;
    const problems = this.problemsNow();
    this.problems.set(problems);
    const first = problems[0];
    if (first) {
      this.afterRender(() => this.focusById(PROBLEM_INPUT[first]));
      return;
    }
    await this.run(action, actionRequest(action, this.dossier().version, this.values()));
  }

  protected cancel(): void {
    this.formFor.set(null);
    this.problems.set([]);
  }

  protected reload(): void {
    this.outcome.set(null);
    this.formFor.set(null);
    this.reloadRequested.emit();
  }

  private problemsNow(): FormProblem[] {
    const action = this.formFor();
    return action ? formProblems(action, this.values()) : [];
  }

  private async run(action: DossierAction, request: DossierActionRequest): Promise<void> {
    if (this.busy()) return;
    this.busy.set(action);
    this.outcome.set(null);
    try {
      const updated = await firstValueFrom(this.api.act(this.dossier().id, action, request));
      this.formFor.set(null);
      this.outcome.set({ kind: 'done', message: actionDoneLabel(ACTION_LABELS[action], STATUS_LABELS[updated.status]) });
      this.updated.emit(updated);
    } catch (error) {
      const apiError = toApiError(error);
      this.outcome.set(
        apiError.code === 'DOSSIER.VERSION_CONFLICT' ? { kind: 'conflict' } : { kind: 'error', error: apiError, stale: apiError.statusCode === 409 },
      );
    } finally {
      this.busy.set(null);
      this.afterRender(() => this.outcomeRegion()?.nativeElement.focus());
    }
  }

  private focusFirstInput(): void {
    this.host.nativeElement.querySelector<HTMLElement>('.action-form input, .action-form textarea, .action-form select')?.focus();
  }

  private focusById(id: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private afterRender(callback: () => void): void {
    afterNextRender(callback, { injector: this.injector });
  }
}
