import {
  afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, linkedSignal, signal, viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CatalogueAdminApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import { toLocalDate, validateProcedureRecord, type Label, type ProcedureRecord, type RecordProblem } from '@dvc/shared/domain';
import type { ApiError, ProcedureVersionDetail, PublishVersionRequest, RetireVersionRequest, ScheduledPublication } from '@dvc/shared/contracts';
import { vnDay } from '../calendar/calendar-day-form';
import { apiErrorOf } from '../core/api-error-of';
import { DESK_CLOCK } from '../core/clock';
import { CATALOGUE_HISTORY_PATH, CATALOGUE_PATH, CATALOGUE_VERSION_PATH } from '../core/desk.constants';
import {
  CM, decisionLabel, fixBeforeSavingLabel, jsonSyntaxLabel, M, problemCountLabel, publishedLabel, retiredLabel, scheduledLabel, VERSION_STATUS_LABELS,
  versionLabel,
} from '../i18n/messages';
import { currentNotice, noticeState } from './catalogue-notice';
import { ProcedurePreviewComponent } from './procedure-preview.component';
import { PublishFormComponent } from './publish-form.component';
import { RecordFormComponent } from './record-form.component';
import { blankProcedureRecord, fieldId, hasRecordShape, mergeProblems, problemsOfError } from './record-form';
import { RetireFormComponent } from './retire-form.component';

type Outcome = { kind: 'ok'; message: Label } | { kind: 'warn'; message: Label } | { kind: 'error'; error: ApiError };
type Panel = 'publish' | 'retire' | 'delete';
type Mode = 'edit' | 'preview';

/** The path of the group holding a path (`cases[0].components[1]` → `cases[0].components` → `cases[0]` → `cases`). */
function parentPath(path: string): string | null {
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent === path || parent === '' ? null : parent;
}

/**
 * One version of a procedure. A draft is edited in a structured form (plus the whole record as JSON), checked live by
 * the same rules as the server with every problem listed by field path, saved, deleted, previewed as citizens will
 * see it and published by decision once it has no problem and nothing unsaved. A published version is read (as the
 * preview), retired with a reason, or copied into a new draft. Without an id (`/moi`) it starts a new procedure.
 */
@Component({
  selector: 'sd-version-editor',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent, RecordFormComponent, ProcedurePreviewComponent, PublishFormComponent, RetireFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './catalogue.css',
  templateUrl: './version-editor.component.html',
})
export class VersionEditorComponent {
  /** Route parameter; absent for a new procedure. */
  readonly id = input<string>();

  protected readonly m = M;
  protected readonly cm = CM;
  protected readonly statusLabels = VERSION_STATUS_LABELS;
  protected readonly versionLabel = versionLabel;
  protected readonly listPath = CATALOGUE_PATH;
  protected readonly historyPath = CATALOGUE_HISTORY_PATH;
  private readonly api = inject(CatalogueAdminApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');
  /** Today in Vietnam: the publication dates' default and latest value. */
  protected readonly today = toLocalDate(inject(DESK_CLOCK)());
  private readonly blank = blankProcedureRecord();

  protected readonly loaded = rxResource<ProcedureVersionDetail, string | undefined>({ params: () => this.id(), stream: ({ params }) => this.api.version(params) });
  protected readonly detail = computed(() => (this.loaded.hasValue() ? this.loaded.value() : undefined));
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));
  protected readonly isNew = computed(() => this.id() === undefined);
  /** A draft waiting for its scheduled publication is read only until the schedule is cancelled. */
  protected readonly editable = computed(() => this.isNew() || (this.detail()?.status === 'draft' && !this.detail()?.scheduledPublication));
  private readonly savedRecord = computed<ProcedureRecord | null>(() => (this.isNew() ? this.blank : (this.detail()?.record ?? null)));

  /** The record being edited: the saved one until changed, and again after each answer of the server. */
  protected readonly record = linkedSignal<ProcedureRecord | null>(() => this.savedRecord());
  /** What only the server knows (e.g. an agency code that does not exist), from its last answer. */
  private readonly serverProblems = linkedSignal<RecordProblem[]>(() => this.detail()?.problems ?? []);
  private readonly localProblems = computed(() => {
    const record = this.record();
    return record && this.editable() ? validateProcedureRecord(record) : [];
  });
  protected readonly problems = computed(() => mergeProblems(this.localProblems(), this.serverProblems()));
  protected readonly problemCount = computed(() => problemCountLabel(this.problems().length));
  protected readonly dirty = computed(() => JSON.stringify(this.record()) !== JSON.stringify(this.savedRecord()));
  protected readonly publishBlock = computed<Label | null>(() => {
    if (this.problems().length) return CM.publishBlockedProblems;
    return this.dirty() ? CM.publishBlockedUnsaved : null;
  });

  protected readonly mode = linkedSignal<Mode>(() => (this.editable() ? 'edit' : 'preview'));
  protected readonly panel = linkedSignal<string | undefined, Panel | null>({ source: this.id, computation: () => null });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly notice = signal<Label | null>(currentNotice(this.router));

  protected readonly jsonOpen = signal(false);
  protected readonly jsonText = signal('');
  protected readonly jsonMessage = signal<{ ok: boolean; text: Label } | null>(null);
  protected readonly jsonProblems = signal<RecordProblem[]>([]);

  protected day(value: string): string {
    return vnDay(value);
  }

  protected scheduleText(schedule: ScheduledPublication): Label {
    return scheduledLabel(schedule, vnDay(schedule.effectiveFrom));
  }

  protected decisionText(decision: { number: string; date: string }): Label {
    return decisionLabel(decision, vnDay(decision.date));
  }

  protected setRecord(record: ProcedureRecord): void {
    this.record.set(record);
  }

  protected setMode(mode: Mode): void {
    this.mode.set(mode);
  }

  /** Leads from a problem to its field (the steps' hours for their total; the JSON for parts only it edits). */
  protected goTo(problem: RecordProblem): void {
    const path = problem.code === 'PROCESS_SUM' ? 'internalProcess[0].hours' : problem.path;
    this.mode.set('edit');
    this.afterRender(() => {
      for (let candidate: string | null = path; candidate; candidate = parentPath(candidate)) {
        const id = fieldId(candidate);
        const field = this.host.nativeElement.querySelector<HTMLElement>(`#${id}, :is(input, select, textarea)[id^="${id}-"]`);
        if (field) {
          field.focus();
          return;
        }
      }
      this.jsonOpen.set(true);
      this.jsonText.set(JSON.stringify(this.record(), null, 2));
      this.afterRender(() => this.focus('#rec-json'));
    });
  }

  protected toggleJson(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open && !this.jsonOpen()) this.jsonText.set(JSON.stringify(this.record(), null, 2));
    this.jsonOpen.set(open);
  }

  protected setJson(event: Event): void {
    this.jsonText.set((event.target as HTMLTextAreaElement).value);
  }

  protected resetJson(): void {
    this.jsonText.set(JSON.stringify(this.record(), null, 2));
    this.jsonMessage.set(null);
    this.jsonProblems.set([]);
  }

  /** The whole record from the JSON, when it is shaped like a record (its values are then checked like the form's). */
  protected applyJson(): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.jsonText());
    } catch (error) {
      this.jsonProblems.set([]);
      this.jsonMessage.set({ ok: false, text: jsonSyntaxLabel(error instanceof Error ? error.message : String(error)) });
      return;
    }
    if (!hasRecordShape(parsed)) {
      this.jsonProblems.set(validateProcedureRecord(parsed));
      this.jsonMessage.set({ ok: false, text: CM.jsonShape });
      return;
    }
    this.record.set(parsed);
    this.jsonText.set(JSON.stringify(parsed, null, 2));
    this.jsonProblems.set([]);
    this.jsonMessage.set({ ok: true, text: CM.jsonApplied });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const record = this.record();
    if (!record || this.busy()) return;
    const problems = this.localProblems();
    if (problems.length) {
      this.outcome.set({ kind: 'warn', message: fixBeforeSavingLabel(problems.length) });
      this.afterRender(() => this.focus('#version-problems'));
      return;
    }
    const id = this.id();
    await this.run(async () => {
      if (id === undefined) {
        const created = await firstValueFrom(this.api.createDraft(record));
        await this.router.navigate([CATALOGUE_VERSION_PATH, created.id], { state: noticeState('created'), replaceUrl: true });
        return null;
      }
      this.loaded.set(await firstValueFrom(this.api.saveDraft(id, record)));
      return { kind: 'ok', message: CM.saved };
    });
  }

  protected open(panel: Panel): void {
    this.panel.set(panel);
    this.outcome.set(null);
    const first: Record<Panel, string> = { publish: '#publish-decision-number', retire: '#retire-reason', delete: '[data-testid="delete-confirm"]' };
    this.afterRender(() => this.focus(first[panel]));
  }

  protected close(): void {
    const panel = this.panel();
    this.panel.set(null);
    const opener: Record<Panel, string> = { publish: 'version-publish', retire: 'version-retire', delete: 'version-delete' };
    if (panel) this.afterRender(() => this.focus(`[data-testid="${opener[panel]}"]`));
  }

  protected async publish(request: PublishVersionRequest): Promise<void> {
    const id = this.id();
    if (id === undefined) return;
    await this.run(async () => {
      const published = await firstValueFrom(this.api.publish(id, request));
      this.loaded.set(published);
      this.panel.set(null);
      const schedule = published.scheduledPublication;
      return { kind: 'ok', message: schedule ? scheduledLabel(schedule, vnDay(schedule.effectiveFrom)) : publishedLabel(published.versionNumber, request.decisionNumber) };
    });
  }

  protected async cancelSchedule(): Promise<void> {
    const id = this.id();
    if (id === undefined) return;
    await this.run(async () => {
      this.loaded.set(await firstValueFrom(this.api.cancelSchedule(id)));
      return { kind: 'ok', message: CM.scheduleCancelled };
    });
  }

  protected async retire(request: RetireVersionRequest): Promise<void> {
    const id = this.id();
    if (id === undefined) return;
    await this.run(async () => {
      const retired = await firstValueFrom(this.api.retire(id, request));
      this.loaded.set(retired);
      this.panel.set(null);
      return { kind: 'ok', message: retiredLabel(retired.versionNumber) };
    });
  }

  protected async deleteDraft(): Promise<void> {
    const id = this.id();
    if (id === undefined) return;
    await this.run(async () => {
      await firstValueFrom(this.api.deleteDraft(id));
      await this.router.navigate([CATALOGUE_PATH], { state: noticeState('deleted') });
      return null;
    });
  }

  /** A published version is edited through a new draft copied from it. */
  protected async startDraft(): Promise<void> {
    const code = this.detail()?.procedureCode;
    if (!code) return;
    await this.run(async () => {
      const draft = await firstValueFrom(this.api.draftFromPublished(code));
      await this.router.navigate([CATALOGUE_VERSION_PATH, draft.id]);
      return { kind: 'ok', message: CM.noticeDrafted };
    });
  }

  /** Runs a change; its outcome (or the server's refusal, with a refused record's problems) is announced and focused. */
  private async run(work: () => Promise<Outcome | null>): Promise<void> {
    this.busy.set(true);
    this.outcome.set(null);
    this.notice.set(null);
    try {
      const outcome = await work();
      if (!outcome) return;
      this.outcome.set(outcome);
    } catch (error) {
      const apiError = toApiError(error);
      const refused = problemsOfError(apiError);
      if (refused.length) this.serverProblems.set(refused);
      this.outcome.set({ kind: 'error', error: apiError });
    } finally {
      this.busy.set(false);
    }
    this.afterRender(() => this.outcomeRegion()?.nativeElement.focus());
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  private afterRender(callback: () => void): void {
    afterNextRender(callback, { injector: this.injector });
  }
}
