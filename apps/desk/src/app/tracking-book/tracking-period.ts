import { isLocalDate } from '../calendar/calendar-day-form';
import { TRACKING_BOOK_MAX_DAYS } from '../core/desk.constants';

export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** The calendar month of a day ('YYYY-MM-DD'), `offset` months away: first and last day. */
export function monthOf(day: string, offset = 0): Period {
  const [year = 1970, month = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(year, month + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** Days in a period, both ends included (1 for a single day; 0 or less when `to` is before `from`). */
export function periodDays(period: Period): number {
  return Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS) + 1;
}

export type PeriodProblem = 'missing' | 'order' | 'too_long';

/** The server's rule for the tracking book: real dates, `to` not before `from`, at most 92 days. */
export function periodProblem(period: Period): PeriodProblem | null {
  if (!isLocalDate(period.from) || !isLocalDate(period.to)) return 'missing';
  const days = periodDays(period);
  if (days < 1) return 'order';
  return days > TRACKING_BOOK_MAX_DAYS ? 'too_long' : null;
}
