import { VN_CIVIL_SERVICE_CALENDAR } from './official-calendars';
import { localDateTime, toLocalDate, WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(VN_CIVIL_SERVICE_CALENDAR);
const at = (day: string, time: string) => localDateTime(day, time);

describe('WorkingCalendar', () => {
  it.each([
    ['2026-11-23', true, 'a Monday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-24', false, 'Culture Day'],
    ['2026-02-16', false, 'Tết'],
    ['2026-01-10', true, 'a make-up Saturday'],
    ['2026-01-02', false, 'a swapped Friday'],
    ['2026-04-27', false, 'the compensatory day for Hùng Kings'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(calendar.isWorkingDay(day)).toBe(expected);
  });

  it.each([
    ['2026-02-13', 1, '2026-02-23', 'Tết is skipped'],
    ['2026-01-09', 1, '2026-01-10', 'the make-up Saturday counts'],
    ['2026-11-20', 2, '2026-11-25', 'a weekend and Culture Day are skipped'],
    ['2026-11-21', 0, '2026-11-23', 'zero days from a Saturday is the Monday'],
  ])('addWorkingDays(%s, %i) = %s (%s)', (from, days, expected) => {
    expect(calendar.addWorkingDays(from, days)).toBe(expected);
  });

  it.each([
    ['received mid-morning', at('2026-11-23', '09:00'), at('2026-11-23', '09:00')],
    ['received before opening', at('2026-11-23', '06:10'), at('2026-11-23', '07:00')],
    ['received at lunch', at('2026-11-23', '12:00'), at('2026-11-23', '13:30')],
    ['received after 15:00', at('2026-11-23', '15:30'), at('2026-11-25', '07:00')],
    ['received on a Sunday', at('2026-11-22', '10:00'), at('2026-11-23', '07:00')],
  ])('starts the clock correctly when %s', (_case, received, expected) => {
    expect(calendar.clockStart(received).toISOString()).toBe(expected.toISOString());
  });

  it.each([
    ['3 working days from Monday 07:00 end Wednesday 17:00', at('2026-11-16', '07:00'), 3, 'working_days', at('2026-11-18', '17:00')],
    ['2 working days from Friday 10:00 skip the weekend and Culture Day', at('2026-11-20', '10:00'), 2, 'working_days', at('2026-11-25', '10:00')],
    ['5 working days received on the eve of Tết', at('2026-02-13', '16:00'), 5, 'working_days', at('2026-02-27', '17:00')],
    ['4 working hours across lunch', at('2026-11-23', '10:00'), 4, 'working_hours', at('2026-11-23', '16:00')],
    ['13 calendar days landing on a Sunday move to Monday', at('2026-11-16', '08:00'), 13, 'calendar_days', at('2026-11-30', '17:00')],
  ] as const)('dueAt: %s', (_case, received, value, unit, expected) => {
    expect(calendar.dueAt(received, { value, unit }).toISOString()).toBe(expected.toISOString());
  });

  it('uses Vietnam time whatever the host zone', () => {
    expect(toLocalDate(new Date('2026-11-22T18:30:00Z'))).toBe('2026-11-23');
    expect(at('2026-11-23', '07:00').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});
