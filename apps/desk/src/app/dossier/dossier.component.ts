import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import { CatalogueApi, DossiersApi, JobsApi } from '@dvc/web/data-access';
import {
  ErrorAlertComponent, LanguageService, LocalizePipe, serverTextLabel, StatusBadgeComponent, TimelineComponent, VnDatePipe, type TimelineEntry,
} from '@dvc/web/ui';
import { EVENT_LABELS, STANDARD_FORM_TITLES, STATUS_LABELS, type DossierEventKind, type Label } from '@dvc/shared/domain';
import type { DossierDetail, DossierEventView, DossierFileInfo, JobFailureView, ProcedureDetail } from '@dvc/shared/contracts';
import { apiErrorOf } from '../core/api-error-of';
import { DESK_CLOCK } from '../core/clock';
import { InboxFiltersStore } from '../core/inbox-filters.store';
import { CHANNEL_LABELS, M, STEP_OUTCOME_LABELS } from '../i18n/messages';
import { groupFailures, needsAttention } from '../jobs/job-failures';
import { DeadlinePanelComponent } from './deadline-panel.component';
import { DossierActionsComponent } from './dossier-actions.component';
import { JOB_FAILURES_ANCHOR, JobFailuresComponent } from './job-failures.component';

interface FormRow {
  key: string;
  label: string;
  value: string;
}

/** A history entry as the page shows it: every staff entry has an action and an actor. */
type HistoryEntry = TimelineEntry & { action: DossierEventKind; actorName: string };

interface AttachmentRow {
  file: DossierFileInfo;
  componentName: string | null;
  href: string;
  /** Why the worker's check (type, size, integrity, virus scan) failed, for the officer deciding what to do. */
  checkProblem: Label | null;
}

/**
 * One dossier for staff: its facts, form data, files, processing steps, history and the action bar. The answer to an
 * action (the updated dossier) replaces the page's copy. "Print" prints the process control sheet. What failed in the
 * background for the dossier is listed once the dossier is loaded; a dead job is also announced at the top.
 */
@Component({
  selector: 'sd-dossier',
  imports: [
    RouterLink, LocalizePipe, VnDatePipe, StatusBadgeComponent, TimelineComponent, ErrorAlertComponent, DeadlinePanelComponent,
    DossierActionsComponent, JobFailuresComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dossier.component.css',
  templateUrl: './dossier.component.html',
})
export class DossierComponent {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly m = M;
  protected readonly eventLabels = EVENT_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly outcomeLabels = STEP_OUTCOME_LABELS;
  protected readonly filters = inject(InboxFiltersStore);
  private readonly api = inject(DossiersApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly jobs = inject(JobsApi);
  private readonly languages = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly clock = inject(DESK_CLOCK);

  protected readonly loaded = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly dossier = computed(() => (this.loaded.hasValue() ? this.loaded.value() : undefined));
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));

  /** Background failures of the loaded dossier (a computed id: a new copy after an action does not fetch again). */
  private readonly loadedId = computed(() => this.dossier()?.id);
  private readonly jobFailures = rxResource<JobFailureView[], string | undefined>({
    params: this.loadedId,
    stream: ({ params }) => this.jobs.dossierFailures(params),
  });
  protected readonly jobGroups = computed(() => groupFailures(this.jobFailures.hasValue() ? this.jobFailures.value() : []));
  protected readonly jobsError = computed(() => apiErrorOf(this.jobFailures.error()));
  protected readonly jobsNeedAttention = computed(() => needsAttention(this.jobGroups()));
  protected readonly jobsAnchor = JOB_FAILURES_ANCHOR;

  /** A computed, so a new copy of the same dossier (after an action) does not fetch the procedure again. */
  private readonly procedureCode = computed(() => this.dossier()?.procedureCode);
  /** Field labels and component names; the page works without them (keys and codes instead). */
  private readonly procedure = rxResource<ProcedureDetail | null, string | undefined>({
    params: this.procedureCode,
    stream: ({ params }) => this.catalogue.procedure(params).pipe(catchError(() => of(null))),
  });
  private readonly procedureDetail = computed(() => (this.procedure.hasValue() ? this.procedure.value() : null));

  protected readonly formRows = computed<FormRow[]>(() => {
    const data = this.dossier()?.formData ?? {};
    const fields = this.procedureDetail()?.formFields ?? [];
    const known = fields.filter((field) => field.key in data).map((field) => ({ key: field.key, label: field.label, value: data[field.key] ?? '' }));
    const knownKeys = new Set(known.map((row) => row.key));
    const rest = Object.keys(data)
      .filter((key) => !knownKeys.has(key))
      .map((key) => ({ key, label: key, value: data[key] ?? '' }));
    return [...known, ...rest];
  });

  protected readonly attachments = computed<AttachmentRow[]>(() => {
    const dossier = this.dossier();
    if (!dossier) return [];
    const components = new Map((this.procedureDetail()?.components ?? []).map((component) => [component.code, component.name]));
    return dossier.files
      .filter((file) => file.kind === 'attachment')
      .map((file) => ({
        file,
        componentName: file.componentCode ? (components.get(file.componentCode) ?? null) : null,
        href: this.api.fileUrl(dossier.id, file.id),
        checkProblem: file.checkStatus === 'failed' ? serverTextLabel(file.checkDetail ?? '') : null,
      }));
  });

  /** The standard forms (Circular 03/2025: receipt, supplement request, refusal …) the API renders as PDFs. */
  protected readonly forms = computed(() => {
    const dossier = this.dossier();
    if (!dossier) return [];
    return dossier.forms.map((code) => ({ code, title: STANDARD_FORM_TITLES[code], href: this.api.formUrl(dossier.id, code) }));
  });

  /** The latest result document, if the worker has produced one. */
  protected readonly resultFile = computed(() => {
    const dossier = this.dossier();
    const result = dossier?.files.filter((file) => file.kind === 'result').at(-1);
    return dossier && result ? { file: result, href: this.api.fileUrl(dossier.id, result.id) } : null;
  });

  /**
   * The history, here and on the control sheet. What the system records itself (a due date recomputed after a
   * calendar change) carries "vi / en" texts: the chosen language's half is shown.
   */
  protected readonly timeline = computed<HistoryEntry[]>(() => (this.dossier()?.events ?? []).map((event) => this.historyEntry(event)));


  protected readonly printedAt = signal<string | null>(null);

  private historyEntry(event: DossierEventView): HistoryEntry {
    const system = event.actorRole === 'system';
    const text = (value: string): string => (system ? this.languages.text(serverTextLabel(value)) : value);
    return {
      toStatus: event.toStatus,
      occurredAt: event.occurredAt,
      action: event.action,
      actorName: text(event.actorName),
      reason: event.reason ? text(event.reason) : null,
    };
  }

  protected replace(updated: DossierDetail): void {
    this.loaded.value.set(updated);
  }

  protected reload(): void {
    this.loaded.reload();
  }

  protected reloadJobs(): void {
    this.jobFailures.reload();
  }

  /** The warning's in-page link (a plain #fragment would resolve against <base href> and leave the page). */
  protected showJobs(event: Event): void {
    event.preventDefault();
    const panel = this.document.getElementById(JOB_FAILURES_ANCHOR);
    panel?.scrollIntoView?.({ block: 'start' });
    panel?.focus();
  }

  protected print(): void {
    this.printedAt.set(this.clock().toISOString());
    afterNextRender(() => this.document.defaultView?.print(), { injector: this.injector });
  }
}
