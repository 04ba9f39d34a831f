import { formatCount, formatDate, formatDateTime, formatDecimal, formatTimeLimit, placeAndDate, vietnameseDate } from './vietnamese-format';

describe('vietnamese-format', () => {
  it.each([
    ['2026-03-15T07:30:00Z', '14:30 15/03/2026'],
    ['2026-03-15T16:59:00Z', '23:59 15/03/2026'],
    ['2026-03-15T17:00:00Z', '00:00 16/03/2026'],
    ['2025-12-31T18:05:00Z', '01:05 01/01/2026'],
    ['2026-01-01T00:00:00+07:00', '00:00 01/01/2026'],
  ])('should print %s as %s in Vietnam time whatever the host zone', (iso, expected) => {
    expect(formatDateTime(new Date(iso))).toBe(expected);
  });

  it('should print a YYYY-MM-DD day as that day and an instant as its Vietnam date', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate(new Date('2026-02-28T17:00:00Z'))).toBe('01/03/2026');
  });

  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-02-15', 'ngày 15 tháng 02 năm 2026'],
    ['2026-01-09', 'ngày 09 tháng 01 năm 2026'],
    ['2026-11-24', 'ngày 24 tháng 11 năm 2026'],
  ])('should write %s as "%s" (Decree 30/2020 zero padding)', (day, expected) => {
    expect(vietnameseDate(day)).toBe(expected);
  });

  it('should put the place before the date, or start with "Ngày" when there is none', () => {
    expect(placeAndDate('Hà Giang', new Date('2026-03-15T07:30:00Z'))).toBe('Hà Giang, ngày 15 tháng 3 năm 2026');
    expect(placeAndDate(undefined, '2026-03-15')).toBe('Ngày 15 tháng 3 năm 2026');
  });

  it.each([
    [{ value: 15, unit: 'working_days' as const }, '15 ngày làm việc'],
    [{ value: 4, unit: 'working_hours' as const }, '4 giờ làm việc'],
    [{ value: 30, unit: 'calendar_days' as const }, '30 ngày'],
    [{ value: 0.5, unit: 'working_days' as const }, '0,5 ngày làm việc'],
  ])('should write the legal time %o as "%s"', (limit, expected) => {
    expect(formatTimeLimit(limit)).toBe(expected);
  });

  it('should reject invalid dates and counts instead of printing NaN', () => {
    expect(() => formatDateTime(new Date('nope'))).toThrow(RangeError);
    expect(() => formatDate('15/03/2026')).toThrow(RangeError);
    expect(() => formatCount(-1)).toThrow(RangeError);
    expect(() => formatDecimal(Number.NaN)).toThrow(RangeError);
    expect(formatCount(1)).toBe('01');
    expect(formatCount(12)).toBe('12');
  });
});
