import { calendarDayProblems, calendarDayRequest, dayLabel, isLocalDate } from './calendar-day-form';

describe('calendar day form', () => {
  it.each([
    ['2026-01-01', 'Thứ Năm, 01/01/2026', 'Thursday, 01/01/2026'],
    ['2026-02-14', 'Thứ Bảy, 14/02/2026', 'Saturday, 14/02/2026'],
    ['2026-02-22', 'Chủ Nhật, 22/02/2026', 'Sunday, 22/02/2026'],
    ['2026-04-27', 'Thứ Hai, 27/04/2026', 'Monday, 27/04/2026'],
    ['2026-11-24', 'Thứ Ba, 24/11/2026', 'Tuesday, 24/11/2026'],
  ])('should write %s as "%s"', (day, vi, en) => {
    expect(dayLabel(day)).toEqual({ vi, en });
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['26-02-01', false],
    ['', false],
  ])('should say whether %s is a date: %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it('should require a date and a reason of at least 3 characters, and send the reason trimmed', () => {
    expect(calendarDayProblems({ day: '', kind: 'day_off', reason: ' a ' })).toEqual(['day', 'reason']);
    expect(calendarDayProblems({ day: '2026-09-01', kind: 'day_off', reason: 'QĐ 5' })).toEqual([]);
    expect(calendarDayRequest({ day: '2026-09-01', kind: 'working_day', reason: '  QĐ 5  ' })).toEqual({ kind: 'working_day', reason: 'QĐ 5' });
  });
});
