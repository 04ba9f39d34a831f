import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LocalizePipe, serverTextLabel, VnDatePipe } from '@dvc/web/ui';
import type { Label } from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import { DeadlineComponent } from '../core/deadline.component';
import { hoursLeftLabel, hoursUsedLabel, M } from '../i18n/messages';

export type ClockState = 'not_started' | 'running' | 'paused' | 'finished';

const CLOCK_LABELS: Record<ClockState, Label> = {
  not_started: M.clockNotStarted,
  running: M.clockRunning,
  paused: M.clockPaused,
  finished: M.clockFinished,
};

/**
 * The dossier's dates and its legal clock, explained: the appointment with the server's deadline class, whether the
 * clock runs, the working hours left, an apology's new date, the latest recomputation after a calendar change, and
 * the ledger (deadlines.md: "each dossier should be able to explain its due date").
 */
@Component({
  selector: 'sd-deadline-panel',
  imports: [LocalizePipe, VnDatePipe, DeadlineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './deadline-panel.component.css',
  templateUrl: './deadline-panel.component.html',
})
export class DeadlinePanelComponent {
  readonly dossier = input.required<DossierDetail>();

  protected readonly m = M;
  protected readonly clockLabels = CLOCK_LABELS;
  protected readonly usedLabel = hoursUsedLabel;

  protected readonly deadline = computed(() => this.dossier().deadline);
  protected readonly clock = computed<ClockState>(() => {
    const { deadline, finishedAt } = this.dossier();
    if (finishedAt || deadline.ledger.at(-1)?.kind === 'finished') return 'finished';
    if (deadline.running) return 'running';
    return deadline.ledger.length ? 'paused' : 'not_started';
  });
  protected readonly remaining = computed(() => hoursLeftLabel(this.deadline().remainingMinutes));

  /** The apology that moved the appointment (allowed once), with the old and the new date. */
  protected readonly apology = computed(() => {
    if (this.deadline().extensions === 0) return null;
    const event = this.dossier().events.filter((candidate) => candidate.action === 'apologise').at(-1);
    return { previousDueAt: event?.details.previousDueAt ?? null, newDueAt: event?.details.newDueAt ?? null };
  });

  /** The latest due date the system moved after a calendar change, and why (the reason is "vi / en"). */
  protected readonly recomputed = computed(() => {
    const event = this.dossier().events.filter((candidate) => candidate.action === 'deadline_recomputed').at(-1);
    if (!event) return null;
    return {
      occurredAt: event.occurredAt,
      previousDueAt: event.details.previousDueAt ?? null,
      newDueAt: event.details.newDueAt ?? null,
      reason: event.reason ? serverTextLabel(event.reason) : null,
    };
  });
}
