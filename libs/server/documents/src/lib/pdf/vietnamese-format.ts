import { localDateTime, toLocalDate, type LocalDate, type TimeLimit, type TimeUnit } from '@dvc/shared/domain';

/** The wall-clock parts of an instant in Vietnam (UTC+7, no daylight saving), whatever the host's zone. */
export interface VietnamTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

function assertValid(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
}

export function vietnamTime(instant: Date): VietnamTime {
  assertValid(instant);
  const day = toLocalDate(instant);
  const minutes = Math.floor((instant.getTime() - localDateTime(day, 0).getTime()) / 60_000);
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return { year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

function localDateParts(value: Date | LocalDate): Pick<VietnamTime, 'year' | 'month' | 'day'> {
  if (value instanceof Date) return vietnamTime(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** `dd/mm/yyyy` in Vietnam time; a `YYYY-MM-DD` string is taken as the calendar day it names. */
export function formatDate(value: Date | LocalDate): string {
  const { year, month, day } = localDateParts(value);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** `hh:mm dd/mm/yyyy` in Vietnam time, the way the forms print instants. */
export function formatDateTime(instant: Date): string {
  const { hour, minute } = vietnamTime(instant);
  return `${pad2(hour)}:${pad2(minute)} ${formatDate(instant)}`;
}

/**
 * "ngày 05 tháng 3 năm 2026": Decree 30/2020 writes a day below 10 and the months 1 and 2 with a leading zero
 * (so "tháng 02" but "tháng 3").
 */
export function vietnameseDate(value: Date | LocalDate): string {
  const { year, month, day } = localDateParts(value);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/** The place-and-date line under the national motto: "Hà Giang, ngày 05 tháng 3 năm 2026". */
export function placeAndDate(place: string | undefined, value: Date | LocalDate): string {
  const date = vietnameseDate(value);
  const trimmed = place?.trim();
  return trimmed ? `${trimmed}, ${date}` : `${date.charAt(0).toUpperCase()}${date.slice(1)}`;
}

/** A number with the Vietnamese decimal comma: 0.5 → "0,5". */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number: ${value}`);
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

export const TIME_UNIT_WORDS: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

/** A legal processing time in words: "10 ngày làm việc", "4 giờ làm việc", "30 ngày". */
export function formatTimeLimit(limit: TimeLimit): string {
  return `${formatDecimal(limit.value)} ${TIME_UNIT_WORDS[limit.unit]}`;
}

/** Counts on the forms are written with at least two digits ("01 bộ"), as on the paper forms. */
export function formatCount(value: number): string {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a count: ${value}`);
  return pad2(value);
}
