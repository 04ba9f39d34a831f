import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, exhaustMap, map, of, Subject, throwError, type Observable } from 'rxjs';
import { JobsApi, toApiError } from '@dvc/web/data-access';
import { ErrorAlertComponent, LocalizePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { ApiError, HealthReport } from '@dvc/shared/contracts';
import { DESK_CLOCK } from '../core/clock';
import { DEAD_LETTERS_PATH, HEALTH_REFRESH_MS } from '../core/desk.constants';
import { deadLetterCountLabel, M, queueLabel, secondsLabel } from '../i18n/messages';
import { clockTime, degradedReportOf, outboxLagging, queueRows } from './health-report';

type Trigger = 'auto' | 'manual';
type Answer = { trigger: Trigger; report: HealthReport } | { trigger: Trigger; error: ApiError };

const STATUS_LABELS: Record<HealthReport['status'], Label> = { ok: M.healthOk, degraded: M.healthDegraded };

/**
 * "Tình trạng hệ thống": the API's health report as a table (database, Redis, outbox backlog and lag, each queue's
 * jobs, dead letters). It asks again every 10 seconds while the page is open (not while the tab is hidden) and on
 * request; the timer stops when the page is left. A 503 answer is the same report saying "degraded": it is shown,
 * not treated as an error. Screen readers hear a manual refresh and any change of the overall status, not each tick.
 */
@Component({
  selector: 'sd-health',
  imports: [RouterLink, LocalizePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './health.component.css',
  templateUrl: './health.component.html',
})
export class HealthComponent {
  protected readonly m = M;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly deadLettersPath = DEAD_LETTERS_PATH;
  protected readonly queueLabel = queueLabel;
  protected readonly secondsLabel = secondsLabel;
  protected readonly deadLetterCount = deadLetterCountLabel;
  private readonly api = inject(JobsApi);
  private readonly clock = inject(DESK_CLOCK);
  private readonly document = inject(DOCUMENT);

  protected readonly report = signal<HealthReport | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly loading = signal(false);
  protected readonly checkedAt = signal<string | null>(null);
  protected readonly announcement = signal<Label | null>(null);
  protected readonly queues = computed(() => {
    const report = this.report();
    return report ? queueRows(report) : [];
  });
  protected readonly lagging = computed(() => {
    const report = this.report();
    return report !== null && outboxLagging(report);
  });

  private readonly requests = new Subject<Trigger>();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.requests
      .pipe(
        exhaustMap((trigger) => {
          this.loading.set(true);
          return this.check(trigger);
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((answer) => this.show(answer));
    this.requests.next('auto');
    const timer = setInterval(() => {
      if (this.document.visibilityState !== 'hidden') this.requests.next('auto');
    }, HEALTH_REFRESH_MS);
    destroyRef.onDestroy(() => clearInterval(timer));
  }

  protected refresh(): void {
    this.requests.next('manual');
  }

  private check(trigger: Trigger): Observable<Answer> {
    return this.api.health().pipe(
      catchError((error: unknown) => {
        const degraded = degradedReportOf(error);
        return degraded ? of(degraded) : throwError(() => error);
      }),
      map((report): Answer => ({ trigger, report })),
      catchError((error: unknown) => of<Answer>({ trigger, error: toApiError(error) })),
    );
  }

  private show(answer: Answer): void {
    this.loading.set(false);
    this.checkedAt.set(clockTime(this.clock()));
    if ('error' in answer) {
      // The last report stays on screen, with its time, under the error.
      this.error.set(answer.error);
      if (answer.trigger === 'manual') this.announcement.set(null);
      return;
    }
    const previous = this.report()?.status;
    this.error.set(null);
    this.report.set(answer.report);
    const status = STATUS_LABELS[answer.report.status];
    if (answer.trigger === 'manual') {
      this.announcement.set({ vi: `${M.healthUpdated.vi} ${status.vi}.`, en: `${M.healthUpdated.en} ${status.en}.` });
    } else if (previous !== undefined && previous !== answer.report.status) {
      this.announcement.set(status);
    }
  }
}
