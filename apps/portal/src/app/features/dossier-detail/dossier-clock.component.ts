import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { DossierDetail, DossierEventView } from '@dvc/shared/contracts';
import { formatVnd, STANDARD_FORM_TITLES, type DossierEventKind, type Label } from '@dvc/shared/domain';
import { DossiersApi } from '@dvc/web/data-access';
import { LocalizePipe, serverTextLabel, VnDatePipe } from '@dvc/web/ui';
import { COMMON_TEXT, deadlineClassText, vnDateText, workingHoursText } from '../../i18n/messages';

const TEXT = {
  title: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  dueAt: { vi: 'Ngày hẹn trả kết quả', en: 'Appointment date' },
  notYet: {
    vi: 'Chưa có — ngày hẹn được ấn định khi bộ phận một cửa tiếp nhận hồ sơ.',
    en: 'Not yet — the appointment is set when the one-stop desk accepts the dossier.',
  },
  pausedDue: {
    vi: 'Tạm dừng — ngày hẹn được tính lại khi thời hạn tiếp tục.',
    en: 'Paused — the appointment is set again when the clock runs again.',
  },
  remaining: { vi: 'Thời gian còn lại:', en: 'Time left:' },
  supplementTitle: { vi: 'Thời hạn đang tạm dừng vì cơ quan đề nghị bổ sung hồ sơ', en: 'The clock is paused: the agency asks for more documents' },
  supplementBeforeReception: {
    vi: 'Bộ phận một cửa đề nghị bổ sung trước khi tiếp nhận hồ sơ', en: 'The one-stop desk asks for more documents before accepting the dossier',
  },
  supplementTodo: {
    vi: 'Hãy nộp bổ sung đủ các mục trên, một lần, bằng mẫu "Nộp bổ sung hồ sơ" ngay bên dưới. Thời hạn giải quyết chỉ được tính tiếp khi cơ quan nhận đủ.',
    en: 'Provide every item above, in one go, with the "Provide the supplement" form just below. The time limit counts again only once the agency has everything.',
  },
  supplementTodoBeforeReception: {
    vi: 'Hãy nộp bổ sung đủ các mục trên bằng mẫu "Nộp bổ sung hồ sơ" ngay bên dưới. Thời hạn giải quyết bắt đầu tính khi hồ sơ được tiếp nhận.',
    en: 'Provide every item above with the "Provide the supplement" form just below. The time limit starts when the dossier is accepted.',
  },
  requestReason: { vi: 'Lý do:', en: 'Reason:' },
  items: { vi: 'Cần bổ sung hoặc sửa:', en: 'To provide or fix:' },
  paymentTitle: { vi: 'Thời hạn đang tạm dừng vì bạn cần nộp phí, lệ phí', en: 'The clock is paused: fees are due' },
  paymentAmount: { vi: 'Số tiền cần nộp:', en: 'Amount to pay:' },
  paymentAmountUnknown: { vi: 'Số tiền theo thông báo của cơ quan.', en: 'The amount is in the agency’s notice.' },
  paymentTodo: {
    vi: 'Hãy nộp tại bộ phận một cửa hoặc theo hướng dẫn của cơ quan. Khi cơ quan xác nhận đã nhận tiền, thời hạn giải quyết được tính tiếp.',
    en: 'Pay at the one-stop desk or as the agency instructs. Once the agency confirms the payment, the time limit counts again.',
  },
  consultationTitle: { vi: 'Thời hạn đang tạm dừng trong khi cơ quan lấy ý kiến phối hợp', en: 'The clock is paused while the agency consults another one' },
  consultationTodo: {
    vi: 'Thời gian chờ cơ quan phối hợp trả lời không tính vào thời hạn giải quyết. Bạn không cần làm gì.',
    en: 'The time waiting for the coordinating agency does not count towards the time limit. You need not do anything.',
  },
  ledger: { vi: 'Vì sao là ngày hẹn này?', en: 'How is this date computed?' },
  ledgerDue: { vi: 'hẹn trả:', en: 'appointment:' },
} satisfies Record<string, Label>;

type PauseReason = 'supplement' | 'payment' | 'consultation';

interface PausedView {
  reason: PauseReason;
  title: Label;
  todo: Label;
}

/** The latest event of a kind (events come oldest first). */
function latest(events: readonly DossierEventView[], action: DossierEventKind): DossierEventView | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (event?.action === action) return event;
  }
  return null;
}

/**
 * The legal clock as the applicant needs it: the appointment, whether it is kept, why it is paused and what to do,
 * and why it moved (an apology, a calendar change, a complete supplement restarting the time).
 */
@Component({
  selector: 'cp-dossier-clock',
  imports: [LocalizePipe, VnDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = dossier();
    <section class="card clock" aria-labelledby="clock-title" data-testid="dossier-clock" [attr.data-running]="d.deadline.running">
      <h2 id="clock-title">{{ t.title | loc }}</h2>
      <p class="clock__due">
        <span class="clock__label">{{ t.dueAt | loc }}</span>
        @if (appointment(); as appointment) {
          <strong class="clock__date" data-testid="dossier-due">{{ appointment | vnDate }}</strong>
        } @else if (paused()) {
          <span data-testid="dossier-due">{{ t.pausedDue | loc }}</span>
        } @else {
          <span data-testid="dossier-due">{{ (d.receivedAt ? common.notSet : t.notYet) | loc }}</span>
        }
      </p>
      @if (classText(); as classText) {
        <p><span [class]="'clock__class clock__class--' + d.deadline.deadlineClass" data-testid="deadline-class"
          [attr.data-class]="d.deadline.deadlineClass">{{ classText | loc }}</span></p>
      }
      @if (remaining(); as remaining) {
        <p data-testid="clock-remaining">{{ t.remaining | loc }} {{ remaining | loc }}</p>
      }

      @if (paused(); as paused) {
        <div class="alert alert--warn" data-testid="clock-paused" [attr.data-reason]="paused.reason">
          <p><strong>{{ paused.title | loc }}</strong></p>
          @switch (paused.reason) {
            @case ('supplement') {
              @if (d.supplementRequest; as request) {
                <p>{{ t.requestReason | loc }} {{ request.reason }} <span class="muted">({{ request.requestedAt | vnDate }})</span></p>
                @if (request.items.length > 0) {
                  <p>{{ t.items | loc }}</p>
                  <ul data-testid="supplement-items">
                    @for (item of request.items; track $index) {
                      <li>{{ item }}</li>
                    }
                  </ul>
                }
              }
            }
            @case ('payment') {
              @if (paymentAmount(); as amount) {
                <p>{{ t.paymentAmount | loc }} <strong class="clock__amount" data-testid="payment-amount">{{ amount }}</strong></p>
              } @else {
                <p>{{ t.paymentAmountUnknown | loc }}</p>
              }
            }
          }
          <p>{{ paused.todo | loc }}</p>
        </div>
      }

      @if (supplementNotice(); as notice) {
        <p class="alert alert--info" data-testid="restart-notice" [attr.data-kind]="notice.kind">{{ notice.text | loc }}</p>
      }
      @if (apology(); as apology) {
        <div class="alert alert--info" data-testid="apology-notice">
          <p>{{ apology.text | loc }}</p>
          @if (apology.letter) {
            <p class="no-print"><a [href]="apology.letter" data-testid="apology-letter">{{ letterTitle | loc }}</a><span class="muted"> (PDF)</span></p>
          }
        </div>
      }
      @if (recomputed(); as recomputed) {
        <p class="alert alert--info" data-testid="recomputed-notice">{{ recomputed | loc }}</p>
      }

      @if (d.deadline.ledger.length > 0) {
        <details class="clock__ledger" data-testid="clock-ledger">
          <summary>{{ t.ledger | loc }}</summary>
          <ol>
            @for (line of d.deadline.ledger; track $index) {
              <li>
                <time [attr.datetime]="line.at">{{ line.at | vnDate }}</time>: {{ line.text | loc }}
                @if (line.dueAt) {
                  <span class="muted">— {{ t.ledgerDue | loc }} {{ line.dueAt | vnDate }}</span>
                }
              </li>
            }
          </ol>
        </details>
      }
    </section>
  `,
  styles: `
    .clock__due { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .75rem; margin: 0 0 .5rem; }
    .clock__label { color: var(--color-muted); }
    .clock__date { font-size: 1.35rem; }
    .clock__class { display: inline-block; font-weight: 600; padding: .15rem .6rem; border-radius: 999px; border: 1px solid; }
    .clock__class--within_time, .clock__class--early, .clock__class--on_time { background: var(--color-ok-bg); color: var(--color-ok); }
    .clock__class--at_risk { background: var(--color-warn-bg); color: var(--color-warn); }
    .clock__class--overdue, .clock__class--late { background: var(--color-error-bg); color: var(--color-error); }
    .clock__amount { font-size: 1.2rem; }
    .alert ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
    .alert p + p { margin-top: .4rem; }
    .clock__ledger summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; color: var(--color-primary); }
    .clock__ledger ol { margin: 0; padding-left: 1.25rem; font-size: .95rem; }
    @media print { .clock__ledger:not([open]) { display: none; } }
  `,
})
export class DossierClockComponent {
  private readonly api = inject(DossiersApi);

  readonly dossier = input.required<DossierDetail>();

  protected readonly t = TEXT;
  protected readonly common = COMMON_TEXT;
  protected readonly letterTitle = STANDARD_FORM_TITLES['04'];

  private readonly open = computed(() => this.dossier().finishedAt === null);

  /** The appointment now: null before reception and while paused. */
  protected readonly appointment = computed(() => {
    const dossier = this.dossier();
    return dossier.deadline.dueAt ?? dossier.dueAt;
  });

  protected readonly classText = computed(() => {
    const dossier = this.dossier();
    return deadlineClassText(dossier.status, dossier.deadline.deadlineClass ?? dossier.deadlineClass);
  });

  protected readonly remaining = computed(() => {
    const { deadline } = this.dossier();
    return this.open() && deadline.running && this.appointment() ? workingHoursText(deadline.remainingMinutes) : null;
  });

  protected readonly paused = computed<PausedView | null>(() => {
    const dossier = this.dossier();
    switch (dossier.status) {
      case 'supplement_requested': {
        const beforeReception = dossier.receivedAt === null;
        return {
          reason: 'supplement',
          title: beforeReception ? TEXT.supplementBeforeReception : TEXT.supplementTitle,
          todo: beforeReception ? TEXT.supplementTodoBeforeReception : TEXT.supplementTodo,
        };
      }
      case 'payment_requested':
        return { reason: 'payment', title: TEXT.paymentTitle, todo: TEXT.paymentTodo };
      case 'in_consultation':
        return dossier.receivedAt && !dossier.deadline.running
          ? { reason: 'consultation', title: TEXT.consultationTitle, todo: TEXT.consultationTodo }
          : null;
      case 'submitted':
      case 'received':
      case 'refused':
      case 'in_processing':
      case 'awaiting_approval':
      case 'withdrawn':
      case 'result_ready':
      case 'returned':
        return null;
    }
  });

  /** The amount of the latest payment request, formatted ("150.000 ₫"). */
  protected readonly paymentAmount = computed(() => {
    const amount = latest(this.dossier().events, 'request_payment')?.details.amount;
    return amount === undefined ? null : formatVnd(amount);
  });

  /** After a supplement answered a request made during processing: the time starts again (or goes on) from here. */
  protected readonly supplementNotice = computed<{ kind: 'restarted' | 'resumed'; text: Label } | null>(() => {
    const dossier = this.dossier();
    const supplement = latest(dossier.events, 'submit_supplement');
    if (!supplement || !this.open() || dossier.status === 'supplement_requested') return null;
    const at = new Date(supplement.occurredAt).getTime();
    const line = dossier.deadline.ledger.find(
      (candidate) => (candidate.kind === 'restarted' || candidate.kind === 'resumed') && Math.abs(new Date(candidate.at).getTime() - at) < 60_000,
    );
    if (!line) return null;
    const when = vnDateText(supplement.occurredAt);
    const due = this.appointment() ?? line.dueAt;
    const dueText: Label = due
      ? { vi: ` Ngày hẹn trả kết quả mới: ${vnDateText(due)}.`, en: ` New appointment: ${vnDateText(due)}.` }
      : { vi: '', en: '' };
    return line.kind === 'restarted'
      ? {
          kind: 'restarted',
          text: {
            vi: `Cơ quan đã nhận đủ hồ sơ bổ sung (${when}); thời hạn giải quyết được tính lại từ đầu.${dueText.vi}`,
            en: `The agency received the complete supplement (${when}); the time limit starts again from zero.${dueText.en}`,
          },
        }
      : {
          kind: 'resumed',
          text: {
            vi: `Cơ quan đã nhận hồ sơ bổ sung (${when}); thời hạn giải quyết được tính tiếp, không tính thời gian chờ bổ sung.${dueText.vi}`,
            en: `The agency received the supplement (${when}); the time limit goes on, without the time spent waiting.${dueText.en}`,
          },
        };
  });

  /** The agency's apology with the new appointment (Decree 118 allows one), and its letter (Mẫu 04). */
  protected readonly apology = computed<{ text: Label; letter: string | null } | null>(() => {
    const dossier = this.dossier();
    const event = latest(dossier.events, 'apologise');
    if (!event) return null;
    const next = vnDateText(event.details.newDueAt ?? dossier.dueAt);
    const previous = event.details.previousDueAt ? vnDateText(event.details.previousDueAt) : '';
    const reason = event.reason ?? '';
    return {
      text: {
        vi: `Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả: ${next} (lý do: ${reason}).${previous ? ` Ngày hẹn trước đó: ${previous}.` : ''}`,
        en: `The agency apologised and set a new appointment: ${next} (reason: ${reason}).${previous ? ` The previous appointment was ${previous}.` : ''}`,
      },
      letter: dossier.forms.includes('04') ? this.api.formUrl(dossier.id, '04') : null,
    };
  });

  /** The latest move of the appointment by a change of the working calendar, with the system's reason. */
  protected readonly recomputed = computed<Label | null>(() => {
    const event = latest(this.dossier().events, 'deadline_recomputed');
    if (!event) return null;
    const reason = event.reason ? serverTextLabel(event.reason) : { vi: '', en: '' };
    const when = vnDateText(event.occurredAt);
    const { newDueAt, previousDueAt } = event.details;
    const moved: Label = newDueAt
      ? previousDueAt
        ? { vi: `từ ${vnDateText(previousDueAt)} sang ${vnDateText(newDueAt)}`, en: `from ${vnDateText(previousDueAt)} to ${vnDateText(newDueAt)}` }
        : { vi: `thành ${vnDateText(newDueAt)}`, en: `to ${vnDateText(newDueAt)}` }
      : { vi: 'và sẽ được ấn định khi thời hạn tiếp tục', en: 'and will be set when the clock runs again' };
    return {
      vi: `Lịch làm việc của cơ quan thay đổi nên ngày hẹn trả kết quả được tính lại (${when}) ${moved.vi}. Lý do: ${reason.vi}`,
      en: `The agency's working calendar changed, so the appointment was recomputed (${when}) ${moved.en}. Reason: ${reason.en}`,
    };
  });
}
