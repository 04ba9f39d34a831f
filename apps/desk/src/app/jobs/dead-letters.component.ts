import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { JobsApi, SessionStore, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe, VnDatePipe } from '@dvc/web/ui';
import type { JobFailureView } from '@dvc/shared/contracts';
import { apiErrorOf } from '../core/api-error-of';
import { DOSSIER_PATH, JOB_RETRY_ROLES } from '../core/desk.constants';
import type { RetryOutcome } from '../dossier/job-failures.component';
import { attemptLabel, deadLetterCountLabel, jobLabel, jobRetriedDoneLabel, M, queueLabel } from '../i18n/messages';

/**
 * "Tác vụ lỗi": background jobs out of attempts that nobody retried yet, newest first, each with its dossier (a link)
 * and the last error. Province admins send a job through again; agency admins read. After a retry the list is
 * loaded again (the job leaves it); the result is announced in a live region that receives the focus.
 */
@Component({
  selector: 'sd-dead-letters',
  imports: [RouterLink, LocalizePipe, VnDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dead-letters.component.css',
  templateUrl: './dead-letters.component.html',
})
export class DeadLettersComponent {
  protected readonly m = M;
  protected readonly dossierPath = DOSSIER_PATH;
  protected readonly jobLabel = jobLabel;
  protected readonly queueLabel = queueLabel;
  protected readonly attemptLabel = attemptLabel;
  private readonly api = inject(JobsApi);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly outcomeRegion = viewChild<ElementRef<HTMLElement>>('outcomeRegion');

  protected readonly loaded = rxResource({ stream: () => this.api.deadLetters() });
  protected readonly rows = computed<JobFailureView[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly loadError = computed(() => apiErrorOf(this.loaded.error()));
  protected readonly count = computed(() => deadLetterCountLabel(this.rows().length));
  protected readonly canRetry = computed(() => {
    const role = this.session.role();
    return role !== null && JOB_RETRY_ROLES.includes(role);
  });

  /** The job being retried. */
  protected readonly busy = signal<string | null>(null);
  protected readonly outcome = signal<RetryOutcome | null>(null);

  protected refresh(): void {
    this.outcome.set(null);
    this.loaded.reload();
  }

  protected async retry(row: JobFailureView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(row.jobId);
    this.outcome.set(null);
    try {
      await firstValueFrom(this.api.retry(row.jobId));
      this.outcome.set({ kind: 'done', message: jobRetriedDoneLabel(jobLabel(row.jobName)) });
      this.loaded.reload();
    } catch (error) {
      const apiError = toApiError(error);
      const notDead = apiError.code === 'JOBS.NOT_DEAD';
      this.outcome.set({ kind: 'error', error: apiError, notDead });
      if (notDead || apiError.code === 'JOBS.NOT_FOUND') this.loaded.reload();
    } finally {
      this.busy.set(null);
      afterNextRender(() => this.outcomeRegion()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}
