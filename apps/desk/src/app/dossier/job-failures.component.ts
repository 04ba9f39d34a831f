import { NgTemplateOutlet } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { JobsApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { ApiError, JobFailureView } from '@dvc/shared/contracts';
import { attemptLabel, earlierAttemptsLabel, jobLabel, jobRetriedDoneLabel, jobRetryingLabel, M, queueLabel } from '../i18n/messages';
import type { JobFailureGroup } from '../jobs/job-failures';

export type RetryOutcome = { kind: 'done'; message: Label } | { kind: 'error'; error: ApiError; notDead: boolean };

/** The panel's id, for the warning at the top of the dossier page that links here. */
export const JOB_FAILURES_ANCHOR = 'job-failures';

/**
 * "Xử lý nền": what failed in the background for a dossier, one entry per job with its latest failed attempt (when,
 * which attempt, the error) and the earlier ones behind a disclosure, and where it stands: retried automatically, dead (needs someone: "Retry"), or retried by whom.
 * The retry's result or error is announced in a live region that receives the focus; the page then reloads the list.
 */
@Component({
  selector: 'sd-job-failures',
  imports: [NgTemplateOutlet, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './job-failures.component.css',
  templateUrl: './job-failures.component.html',
})
export class JobFailuresComponent {
  readonly dossierId = input.required<string>();
  readonly groups = input.required<readonly JobFailureGroup[]>();
  /** Why the list could not be loaded, if so. */
  readonly loadError = input<ApiError | null>(null);
  /** The list should be loaded again (after a retry, or on request). */
  readonly refreshRequested = output<void>();

  protected readonly m = M;
  protected readonly anchor = JOB_FAILURES_ANCHOR;
  protected readonly jobLabel = jobLabel;
  protected readonly queueLabel = queueLabel;
  protected readonly attemptLabel = attemptLabel;
  protected readonly retryingLabel = jobRetryingLabel;
  protected readonly earlierLabel = earlierAttemptsLabel;
  private readonly api = inject(JobsApi);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  /** The job being retried. */
  protected readonly busy = signal<string | null>(null);
  protected readonly outcome = signal<RetryOutcome | null>(null);

  protected async retry(group: JobFailureGroup): Promise<void> {
    if (this.busy()) return;
    this.busy.set(group.jobId);
    this.outcome.set(null);
    try {
      await firstValueFrom(this.api.retryDossierJob(this.dossierId(), group.jobId));
      this.outcome.set({ kind: 'done', message: jobRetriedDoneLabel(jobLabel(group.jobName)) });
      this.refreshRequested.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const notDead = apiError.code === 'JOBS.NOT_DEAD';
      this.outcome.set({ kind: 'error', error: apiError, notDead });
      // The list is out of date: someone (or the system) got there first, or the job is gone.
      if (notDead || apiError.code === 'JOBS.NOT_FOUND') this.refreshRequested.emit();
    } finally {
      this.busy.set(null);
      afterNextRender(() => this.outcomeRegion()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  /** The attempts before the latest one, newest first (the latest is shown on its own). */
  protected earlier(group: JobFailureGroup): JobFailureView[] {
    return group.attempts.slice(0, -1).reverse();
  }

  protected reload(): void {
    this.outcome.set(null);
    this.refreshRequested.emit();
  }
}
