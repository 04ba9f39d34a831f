import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EVENT_LABELS, STATUS_LABELS, type DossierEventKind, type DossierStatus } from '@dvc/shared/domain';
import { LocalizePipe } from './localize.pipe';
import { serverTextLabel } from './server-text';
import { VnDatePipe } from './vn-date.pipe';

/** One entry of a dossier's history; the public tracking view has no actor or reason. */
export interface TimelineEntry {
  toStatus: DossierStatus;
  occurredAt: string;
  action?: DossierEventKind;
  actorName?: string;
  reason?: string | null;
}

/** A dossier's history, oldest first, as an ordered list (read in order by screen readers). */
@Component({
  selector: 'ui-timeline',
  imports: [LocalizePipe, VnDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (entry of entries(); track $index) {
        <li class="timeline__item" data-testid="timeline-item" [attr.data-status]="entry.toStatus">
          <time class="timeline__time" [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | vnDate }}</time>
          <span class="timeline__what">
            @if (entry.action) {
              {{ actions[entry.action] | loc }} →
            }
            <strong>{{ statuses[entry.toStatus] | loc }}</strong>
          </span>
          @if (entry.actorName) {
            <span class="timeline__who">{{ text(entry.actorName) | loc }}</span>
          }
          @if (entry.reason) {
            <span class="timeline__reason">{{ text(entry.reason) | loc }}</span>
          }
        </li>
      }
    </ol>
  `,
})
export class TimelineComponent {
  readonly entries = input.required<readonly TimelineEntry[]>();
  protected readonly actions = EVENT_LABELS;
  protected readonly statuses = STATUS_LABELS;
  /** What the system writes itself ("Hệ thống / System", a calendar change's reason) is in both languages. */
  protected readonly text = serverTextLabel;
}
