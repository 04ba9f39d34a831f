import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DossierEventView, EventDetails } from '@dvc/shared/contracts';
import { EVENT_LABELS, formatVnd, STATUS_LABELS, type DossierEventKind, type Label } from '@dvc/shared/domain';
import { LocalizePipe, serverTextLabel, VnDatePipe } from '@dvc/web/ui';
import { RETURN_METHOD_LABELS, vnDateText } from '../i18n/messages';

/** What an event recorded besides its action and reason, in the applicant's words: lines, and the items asked for. */
export interface EventDetailText {
  lines: Label[];
  items: string[];
}

function newDateLine(newDueAt: string | undefined, previousDueAt: string | null | undefined): Label {
  if (!newDueAt) {
    return {
      vi: 'Ngày hẹn sẽ được tính lại khi hồ sơ tiếp tục được giải quyết',
      en: 'The appointment will be set again when the dossier goes on',
    };
  }
  const next = vnDateText(newDueAt);
  const previous = previousDueAt ? vnDateText(previousDueAt) : '';
  return previous
    ? { vi: `Ngày hẹn mới: ${next} (thay cho ${previous})`, en: `New appointment: ${next} (instead of ${previous})` }
    : { vi: `Ngày hẹn mới: ${next}`, en: `New appointment: ${next}` };
}

type DetailWriter = (details: EventDetails) => EventDetailText;

const lines = (...entries: (Label | null)[]): EventDetailText => ({ lines: entries.filter((line): line is Label => line !== null), items: [] });

/**
 * What each kind of event recorded that the applicant cares about. Kinds not listed (taking on a dossier, approving …,
 * or a kind added later) show no details.
 */
const DETAIL_WRITERS: Partial<Record<DossierEventKind, DetailWriter>> = {
  request_supplement: (details) => {
    const items = details.items ?? [];
    return { lines: items.length > 0 ? [{ vi: 'Cần bổ sung, hoàn thiện:', en: 'To provide or fix:' }] : [], items };
  },
  submit_supplement: (details) =>
    lines(details.attachmentCount
      ? { vi: `Đã nộp ${details.attachmentCount} giấy tờ bổ sung`, en: `${details.attachmentCount} supplementary document(s) sent` }
      : null),
  apologise: (details) => lines(newDateLine(details.newDueAt, details.previousDueAt)),
  deadline_recomputed: (details) => lines(newDateLine(details.newDueAt, details.previousDueAt)),
  request_payment: (details) => {
    if (details.amount === undefined) return lines();
    const amount = formatVnd(details.amount);
    return lines({ vi: `Số tiền cần nộp: ${amount}`, en: `Amount to pay: ${amount}` });
  },
  return_result: (details) =>
    lines(
      details.returnMethod ? RETURN_METHOD_LABELS[details.returnMethod] : null,
      details.returnMethod === 'post' && details.waybill ? { vi: `Số vận đơn: ${details.waybill}`, en: `Waybill number: ${details.waybill}` } : null,
      details.returnMethod === 'counter' && details.collectedBy
        ? { vi: `Người nhận: ${details.collectedBy}`, en: `Collected by: ${details.collectedBy}` }
        : null,
    ),
  transfer: (details) => lines(details.agencyName ? { vi: `Chuyển đến: ${details.agencyName}`, en: `Sent to: ${details.agencyName}` } : null),
  consult: (details) =>
    lines(
      details.agencyName ? { vi: `Cơ quan phối hợp: ${details.agencyName}`, en: `Coordinating agency: ${details.agencyName}` } : null,
      details.consultationCounts === false
        ? { vi: 'Thời gian lấy ý kiến không tính vào thời hạn giải quyết', en: 'The consultation time does not count towards the time limit' }
        : null,
    ),
  reassign: (details) =>
    lines(details.assigneeName ? { vi: `Chuyên viên xử lý: ${details.assigneeName}`, en: `Handled by: ${details.assigneeName}` } : null),
};

/** The details of one history entry that matter to the applicant; nothing for entries that recorded none. */
export function eventDetailText(event: DossierEventView): EventDetailText {
  return DETAIL_WRITERS[event.action]?.(event.details) ?? lines();
}

interface Entry {
  event: DossierEventView;
  actor: Label;
  reason: Label | null;
  details: EventDetailText;
}

/**
 * A dossier's history for its applicant, oldest first: one entry per event with the action, the status it led to,
 * who acted, the reason, and what the event recorded (items asked for, new appointment, how the result came back).
 * Same look as ui-timeline, which has no room for the details.
 */
@Component({
  selector: 'cp-dossier-timeline',
  imports: [LocalizePipe, VnDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (entry of entries(); track entry.event.id) {
        <li class="timeline__item" data-testid="timeline-item" [attr.data-action]="entry.event.action" [attr.data-status]="entry.event.toStatus">
          <time class="timeline__time" [attr.datetime]="entry.event.occurredAt">{{ entry.event.occurredAt | vnDate }}</time>
          <span class="timeline__what">{{ actions[entry.event.action] | loc }} → <strong>{{ statuses[entry.event.toStatus] | loc }}</strong></span>
          <span class="timeline__who">{{ entry.actor | loc }}</span>
          @if (entry.reason) {
            <span class="timeline__reason">{{ entry.reason | loc }}</span>
          }
          @if (entry.details.lines.length > 0 || entry.details.items.length > 0) {
            <div class="timeline__details" data-testid="timeline-details">
              @for (line of entry.details.lines; track $index) {
                <span>{{ line | loc }}</span>
              }
              @if (entry.details.items.length > 0) {
                <ul>
                  @for (item of entry.details.items; track $index) {
                    <li>{{ item }}</li>
                  }
                </ul>
              }
            </div>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline__details { display: flex; flex-direction: column; font-size: .95rem; }
    .timeline__details ul { margin: .1rem 0 0; padding-left: 1.25rem; }
  `,
})
export class DossierTimelineComponent {
  readonly events = input.required<readonly DossierEventView[]>();
  protected readonly actions = EVENT_LABELS;
  protected readonly statuses = STATUS_LABELS;

  /** The system writes its own entries (actor and reason) in both languages, "tiếng Việt / English". */
  protected readonly entries = computed<Entry[]>(() =>
    this.events().map((event) => {
      const system = event.actorRole === 'system';
      const text = (value: string): Label => (system ? serverTextLabel(value) : { vi: value, en: value });
      return { event, actor: text(event.actorName), reason: event.reason ? text(event.reason) : null, details: eventDetailText(event) };
    }),
  );
}
