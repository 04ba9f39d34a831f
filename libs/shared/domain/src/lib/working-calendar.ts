import type { TimeLimit } from './dossier-lifecycle.types';

/** A calendar date in Vietnam, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** A day that breaks the Monday–Friday rule: a holiday or day off, or a make-up working Saturday (làm bù). */
export interface CalendarException {
  day: LocalDate;
  kind: 'day_off' | 'working_day';
  reason: string;
}

/** Office hours as minutes after local midnight; the sum is one working day (8 hours). */
export interface OfficeHours {
  segments: readonly { start: number; end: number }[];
  /** Received at or after this minute, the clock starts the next working day. */
  cutoff: number;
}

/** Office hours as people write them: `{ segments: [{ start: '07:00', end: '11:30' }, …], cutoff: '15:00' }`. */
export interface OfficeHoursText {
  segments: { start: string; end: string }[];
  cutoff: string;
}

const minutes = (hhmm: string): number => {
  const [hours = 0, mins = 0] = hhmm.split(':').map(Number);
  return hours * 60 + mins;
};

/** 07:00–11:30 and 13:30–17:00, cut-off 15:00 (deadlines.md). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  segments: [
    { start: minutes('07:00'), end: minutes('11:30') },
    { start: minutes('13:30'), end: minutes('17:00') },
  ],
  cutoff: minutes('15:00'),
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export function officeHoursToText(hours: OfficeHours): OfficeHoursText {
  return { segments: hours.segments.map((segment) => ({ start: hhmm(segment.start), end: hhmm(segment.end) })), cutoff: hhmm(hours.cutoff) };
}

/**
 * Office hours from their written form, or the reason they are unusable: times as HH:MM, segments in order without
 * overlap, and the cut-off within the office day.
 */
export function parseOfficeHours(text: OfficeHoursText): { ok: true; hours: OfficeHours } | { ok: false; problem: string } {
  const times = [...text.segments.flatMap((segment) => [segment.start, segment.end]), text.cutoff];
  if (text.segments.length === 0 || text.segments.length > 4 || times.some((time) => !HHMM.test(time))) {
    return { ok: false, problem: 'Giờ làm việc phải có 1–4 khoảng, mỗi mốc dạng HH:MM / Office hours need 1–4 periods, times as HH:MM' };
  }
  const segments = text.segments.map((segment) => ({ start: minutes(segment.start), end: minutes(segment.end) }));
  const ordered = segments.every((segment, index) => segment.start < segment.end && (index === 0 || (segments[index - 1]?.end ?? 0) <= segment.start));
  if (!ordered) {
    return { ok: false, problem: 'Các khoảng giờ phải theo thứ tự và không chồng nhau / Periods must be in order without overlap' };
  }
  const cutoff = minutes(text.cutoff);
  if (cutoff <= (segments[0]?.start ?? 0) || cutoff > (segments.at(-1)?.end ?? 0)) {
    return { ok: false, problem: 'Giờ chốt tiếp nhận phải nằm trong giờ làm việc / The cut-off must fall within office hours' };
  }
  return { ok: true, hours: { segments, cutoff } };
}

/** Vietnam has one time zone, UTC+7, and no daylight saving: a fixed offset, never the host's zone. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

export function toLocalDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes after local midnight of an instant. */
function localMinute(instant: Date): number {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60;
}

/** The instant of a local date and minute (or 'HH:MM'). */
export function localDateTime(day: LocalDate, time: string | number): Date {
  const minute = typeof time === 'number' ? time : minutes(time);
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS + minute * 60_000);
}

function shiftDay(day: LocalDate, by: number): LocalDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);
}

function isValidLocalDate(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

/**
 * The province's working calendar: Monday–Friday, minus days off, plus make-up working days, from a per-year table
 * (never computed: holidays and swaps are decided each year). Deadlines are counted in working hours, 8 per day.
 */
export class WorkingCalendar {
  private readonly exceptions: ReadonlyMap<LocalDate, CalendarException['kind']>;
  private readonly hoursPerDay: number;

  constructor(
    exceptions: readonly CalendarException[],
    private readonly officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
  ) {
    this.exceptions = new Map(exceptions.map((exception) => [exception.day, exception.kind]));
    this.hoursPerDay = officeHours.segments.reduce((sum, segment) => sum + segment.end - segment.start, 0) / 60;
  }

  isWorkingDay(day: LocalDate): boolean {
    if (!isValidLocalDate(day)) throw new RangeError(`Not a date: ${day}`);
    const exception = this.exceptions.get(day);
    if (exception) return exception === 'working_day';
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: LocalDate): LocalDate {
    let next = shiftDay(day, 1);
    // Tết plus weekends never exceeds a few weeks; the bound only guards against a calendar with no working days.
    for (let guard = 0; !this.isWorkingDay(next); guard += 1) {
      if (guard > 366) throw new RangeError('No working day within a year');
      next = shiftDay(next, 1);
    }
    return next;
  }

  /** The date `n` working days after `day` (n = 0: `day` itself when it is a working day, else the next one). */
  addWorkingDays(day: LocalDate, n: number): LocalDate {
    let current = this.isWorkingDay(day) ? day : this.nextWorkingDay(day);
    for (let counted = 0; counted < n; counted += 1) current = this.nextWorkingDay(current);
    return current;
  }

  /**
   * When the legal clock starts for a dossier received at `receivedAt`: at once during office hours before the
   * cut-off, at the afternoon opening during lunch, otherwise at the next working day's opening.
   */
  clockStart(receivedAt: Date): Date {
    const day = toLocalDate(receivedAt);
    const minute = localMinute(receivedAt);
    const opening = this.opening();
    if (!this.isWorkingDay(day) || minute >= this.officeHours.cutoff) {
      return localDateTime(this.nextWorkingDay(day), opening);
    }
    if (minute < opening) return localDateTime(day, opening);
    const segment = this.officeHours.segments.find((candidate) => minute < candidate.end);
    if (!segment) return localDateTime(this.nextWorkingDay(day), opening);
    return minute < segment.start ? localDateTime(day, segment.start) : receivedAt;
  }

  /** Office minutes in one working day (480 with the default hours). */
  get minutesPerDay(): number {
    return this.hoursPerDay * 60;
  }

  /** The first instant at or after `instant` when the office is open (no cut-off: that rule is clockStart's). */
  nextOfficeInstant(instant: Date): Date {
    let day = toLocalDate(instant);
    let minute = localMinute(instant);
    if (!this.isWorkingDay(day)) {
      day = this.nextWorkingDay(day);
      minute = 0;
    }
    const segment = this.officeHours.segments.find((candidate) => minute < candidate.end);
    if (!segment) return localDateTime(this.nextWorkingDay(day), this.opening());
    return minute < segment.start ? localDateTime(day, segment.start) : instant;
  }

  /** `start` plus `minutes` of office time; a start outside office hours counts from the next opening. */
  addWorkingMinutes(start: Date, minutes: number): Date {
    let remaining = Math.max(0, Math.round(minutes));
    const first = this.nextOfficeInstant(start);
    let day = toLocalDate(first);
    let minute = localMinute(first);
    for (;;) {
      for (const segment of this.officeHours.segments) {
        if (minute >= segment.end) continue;
        const from = Math.max(minute, segment.start);
        const available = segment.end - from;
        if (remaining <= available) return localDateTime(day, from + remaining);
        remaining -= available;
        minute = segment.end;
      }
      day = this.nextWorkingDay(day);
      minute = 0;
    }
  }

  /** `start` plus `hours` of office time. */
  addWorkingHours(start: Date, hours: number): Date {
    return this.addWorkingMinutes(start, hours * 60);
  }

  /** Office minutes between two instants (0 when `to` is not after `from`). */
  workingMinutesBetween(from: Date, to: Date): number {
    if (to.getTime() <= from.getTime()) return 0;
    const lastDay = toLocalDate(to);
    let day = toLocalDate(from);
    let total = 0;
    for (let guard = 0; day <= lastDay; guard += 1) {
      if (guard > 3660) throw new RangeError('Interval longer than ten years');
      if (this.isWorkingDay(day)) {
        const startMinute = day === toLocalDate(from) ? localMinute(from) : 0;
        const endMinute = day === lastDay ? localMinute(to) : 24 * 60;
        for (const segment of this.officeHours.segments) {
          total += Math.max(0, Math.min(segment.end, endMinute) - Math.max(segment.start, startMinute));
        }
      }
      day = shiftDay(day, 1);
    }
    return Math.round(total);
  }

  /** The closing minute of a working day (end of the last office segment). */
  closingOf(day: LocalDate): Date {
    return localDateTime(day, this.officeHours.segments.at(-1)?.end ?? minutes('17:00'));
  }

  private opening(): number {
    return this.officeHours.segments[0]?.start ?? 0;
  }

  /** The appointment for a result: the legal time limit counted from the clock start. */
  dueAt(receivedAt: Date, limit: TimeLimit): Date {
    const start = this.clockStart(receivedAt);
    switch (limit.unit) {
      case 'working_days':
        return this.addWorkingHours(start, limit.value * this.hoursPerDay);
      case 'working_hours':
        return this.addWorkingHours(start, limit.value);
      case 'calendar_days': {
        const lastDay = shiftDay(toLocalDate(start), limit.value);
        const closing = this.officeHours.segments.at(-1)?.end ?? minutes('17:00');
        return localDateTime(this.isWorkingDay(lastDay) ? lastDay : this.nextWorkingDay(lastDay), closing);
      }
    }
  }
}
