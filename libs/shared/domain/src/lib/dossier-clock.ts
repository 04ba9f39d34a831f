import type { TimeLimit } from './dossier-lifecycle.types';
import type { Label } from './dossier-lifecycle';
import { toLocalDate, type WorkingCalendar } from './working-calendar';

/** Why the legal clock stops for a while (deadlines.md): waiting for the applicant, or a coordinating agency. */
export type ClockPauseReason = 'supplement' | 'payment' | 'stop' | 'consultation';

/**
 * What happened to a dossier's legal clock, in order. Stored with the dossier's events; the due date is always
 * recomputed from these and the calendar, never edited.
 */
export type ClockEvent =
  | { kind: 'started'; at: Date }
  | { kind: 'paused'; at: Date; reason: ClockPauseReason }
  | { kind: 'resumed'; at: Date }
  /** A complete supplement after a processing-time request: the time counts again from zero (the default rule). */
  | { kind: 'restarted'; at: Date }
  /** An apology with a new appointment (allowed once). */
  | { kind: 'extended'; at: Date; newDueAt: Date }
  | { kind: 'finished'; at: Date };

export type ClockEventKind = ClockEvent['kind'];

export interface LedgerLine {
  at: string;
  kind: ClockEventKind;
  /** Office minutes used up to this line, and still available after it. */
  consumedMinutes: number;
  remainingMinutes: number;
  /** The due date as it stands after this line (null while paused). */
  dueAt: string | null;
  text: Label;
}

export interface ClockState {
  running: boolean;
  finished: boolean;
  /** The appointment: null before the start and while paused (it moves when the clock resumes). */
  dueAt: Date | null;
  /** The budget in office minutes: the legal time, or what an extension made of it. */
  budgetMinutes: number;
  consumedMinutes: number;
  remainingMinutes: number;
  extensions: number;
  ledger: LedgerLine[];
}

const PAUSE_TEXT: Record<ClockPauseReason, Label> = {
  supplement: { vi: 'Tạm dừng: chờ công dân bổ sung hồ sơ', en: 'Paused: waiting for the applicant to supplement the dossier' },
  payment: { vi: 'Tạm dừng: chờ thực hiện nghĩa vụ tài chính', en: 'Paused: waiting for payment' },
  stop: { vi: 'Tạm dừng: công dân đề nghị dừng xử lý', en: 'Paused: the applicant asked to stop' },
  consultation: { vi: 'Tạm dừng: thời gian lấy ý kiến cơ quan phối hợp không tính', en: 'Paused: consultation time is not counted' },
};

function hoursText(minutes: number): string {
  const hours = minutes / 60;
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** The office-minute budget of a legal time limit counted from `start` (calendar days become the office time they span). */
export function budgetMinutes(calendar: WorkingCalendar, start: Date, limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_days':
      return limit.value * calendar.minutesPerDay;
    case 'working_hours':
      return limit.value * 60;
    case 'calendar_days':
      return calendar.workingMinutesBetween(start, calendar.dueAt(start, limit));
  }
}

/**
 * Replays a dossier's clock events against the calendar: the due date, what is used and left, and a ledger that
 * explains the due date line by line. Pure: the same events and calendar always give the same answer, so a calendar
 * change recomputes every open dossier by calling this again.
 */
export function replayClock(events: readonly ClockEvent[], limit: TimeLimit, calendar: WorkingCalendar): ClockState {
  let budget = 0;
  let consumed = 0;
  let segmentStart: Date | null = null;
  let started = false;
  let finished = false;
  let extensions = 0;
  const ledger: LedgerLine[] = [];

  const remaining = (): number => Math.max(0, budget - consumed);
  const due = (): Date | null => (segmentStart ? calendar.addWorkingMinutes(segmentStart, remaining()) : null);
  const line = (event: ClockEvent, text: Label): void => {
    const dueAt = due();
    ledger.push({
      at: event.at.toISOString(), kind: event.kind, consumedMinutes: consumed, remainingMinutes: remaining(),
      dueAt: dueAt ? dueAt.toISOString() : null, text,
    });
  };
  const stopSegment = (at: Date): void => {
    if (segmentStart) consumed += calendar.workingMinutesBetween(segmentStart, at);
    segmentStart = null;
  };

  for (const event of events) {
    if (finished) break;
    switch (event.kind) {
      case 'started':
      case 'restarted': {
        if (event.kind === 'started' && started) break;
        const start = calendar.clockStart(event.at);
        started = true;
        consumed = 0;
        budget = budgetMinutes(calendar, start, limit);
        segmentStart = start;
        line(event, event.kind === 'started'
          ? { vi: `Tiếp nhận; bắt đầu tính thời hạn ${hoursText(budget)} giờ làm việc`, en: `Received; the ${hoursText(budget)} working-hour limit starts` }
          : { vi: 'Đã nhận đủ hồ sơ bổ sung; thời hạn được tính lại từ đầu', en: 'Complete supplement received; the time limit starts again from zero' });
        break;
      }
      case 'paused':
        if (!segmentStart) break;
        stopSegment(event.at);
        line(event, PAUSE_TEXT[event.reason]);
        break;
      case 'resumed':
        if (segmentStart || !started) break;
        segmentStart = calendar.nextOfficeInstant(event.at);
        line(event, { vi: `Tiếp tục tính thời hạn; còn ${hoursText(remaining())} giờ làm việc`, en: `The clock runs again; ${hoursText(remaining())} working hours left` });
        break;
      case 'extended': {
        if (!started) break;
        // The new date becomes a new budget: what is used so far plus the office time until the new date, so a later
        // pause still moves the appointment by the paused time.
        const used = consumed + (segmentStart ? calendar.workingMinutesBetween(segmentStart, event.at) : 0);
        budget = used + calendar.workingMinutesBetween(event.at, event.newDueAt);
        extensions += 1;
        line(event, { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology with a new appointment' });
        break;
      }
      case 'finished':
        stopSegment(event.at);
        finished = true;
        line(event, { vi: 'Kết thúc xử lý', en: 'Processing finished' });
        break;
    }
  }
  return {
    running: segmentStart !== null, finished, dueAt: due(), budgetMinutes: budget, consumedMinutes: consumed,
    remainingMinutes: remaining(), extensions, ledger,
  };
}

export type FinishedClass = 'early' | 'on_time' | 'late';
export type OpenClass = 'within_time' | 'at_risk' | 'overdue';

/** A finished dossier: late after the due instant; on time on the due date; early on an earlier date (reporting.md). */
export function classifyFinished(finishedAt: Date, dueAt: Date): FinishedClass {
  if (finishedAt.getTime() > dueAt.getTime()) return 'late';
  return toLocalDate(finishedAt) === toLocalDate(dueAt) ? 'on_time' : 'early';
}

/** An open dossier: overdue past the due instant; at risk within `atRiskMinutes` of office time before it. */
export function classifyOpen(now: Date, dueAt: Date, calendar: WorkingCalendar, atRiskMinutes: number): OpenClass {
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  return calendar.workingMinutesBetween(now, dueAt) <= atRiskMinutes ? 'at_risk' : 'within_time';
}

export type ApologyRefusal = 'DOSSIER.APOLOGY_ALREADY_GIVEN' | 'DOSSIER.APOLOGY_TOO_LATE' | 'DOSSIER.NEW_DATE_NOT_LATER';

/**
 * Decree 118: the apology comes at least one day before the due date, moves the appointment later, and only once.
 * Returns null when allowed.
 */
export function checkApology(now: Date, currentDueAt: Date, newDueAt: Date, previousExtensions: number): { code: ApologyRefusal; message: string } | null {
  if (previousExtensions > 0) {
    return {
      code: 'DOSSIER.APOLOGY_ALREADY_GIVEN',
      message: 'Hồ sơ đã được hẹn lại một lần; không được hẹn lại lần thứ hai / The appointment was already moved once; it may not move again',
    };
  }
  if (toLocalDate(now) >= toLocalDate(currentDueAt)) {
    return {
      code: 'DOSSIER.APOLOGY_TOO_LATE',
      message: 'Văn bản xin lỗi phải gửi chậm nhất 1 ngày trước ngày hẹn / The apology must be sent at least one day before the appointment',
    };
  }
  if (newDueAt.getTime() <= currentDueAt.getTime()) {
    return {
      code: 'DOSSIER.NEW_DATE_NOT_LATER',
      message: 'Ngày hẹn mới phải sau ngày hẹn hiện tại / The new appointment must be later than the current one',
    };
  }
  return null;
}
