import type { Label } from '@dvc/shared/domain';
import type { CalendarDayRequest, CalendarDayView } from '@dvc/shared/contracts';

export type CalendarDayKind = CalendarDayView['kind'];
export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['day_off', 'working_day'];

const WEEKDAYS: readonly Label[] = [
  { vi: 'Chủ Nhật', en: 'Sunday' },
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
];

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** "27/11/2026" from "2026-11-27", as written in Vietnam (no time zone involved: it is a date, not an instant). */
export function vnDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** "Thứ Sáu, 27/11/2026" / "Friday, 27/11/2026". */
export function dayLabel(day: string): Label {
  const weekday = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? { vi: '', en: '' };
  return { vi: `${weekday.vi}, ${vnDay(day)}`, en: `${weekday.en}, ${vnDay(day)}` };
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export interface CalendarDayFormValues {
  day: string;
  kind: CalendarDayKind;
  reason: string;
}

export const EMPTY_DAY_FORM: CalendarDayFormValues = { day: '', kind: 'day_off', reason: '' };

export type CalendarDayProblem = 'day' | 'reason';

/** The server wants a date and a reason of 3–300 characters (the decision it follows). */
export function calendarDayProblems(values: CalendarDayFormValues): CalendarDayProblem[] {
  const problems: CalendarDayProblem[] = [];
  if (!isLocalDate(values.day)) problems.push('day');
  if (values.reason.trim().length < 3) problems.push('reason');
  return problems;
}

export function calendarDayRequest(values: CalendarDayFormValues): CalendarDayRequest {
  return { kind: values.kind, reason: values.reason.trim() };
}
