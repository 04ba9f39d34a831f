import { VN_CIVIL_SERVICE_CALENDAR } from './official-calendars';
import { DEFAULT_OFFICE_HOURS, localDateTime, officeHoursToText, parseOfficeHours, toLocalDate, WorkingCalendar } from './working-calendar';

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

describe('WorkingCalendar on the official 2025 and 2026 civil-service calendars', () => {
  it.each([
    ['2025-01-01', false, 'New Year 2025'],
    ['2025-01-24', true, 'the Friday before Tết Ất Tỵ'],
    ['2025-01-27', false, 'Tết Ất Tỵ'],
    ['2025-02-03', true, 'back to work after Tết'],
    ['2025-04-07', false, 'Hùng Kings 2025'],
    ['2025-04-26', true, 'the make-up Saturday for 2 May 2025'],
    ['2025-05-02', false, 'the swapped Friday 2 May 2025'],
    ['2025-09-01', false, 'National Day 2025'],
    ['2025-09-03', true, 'after National Day 2025'],
    ['2026-08-22', true, 'the make-up Saturday for 31 August 2026'],
    ['2026-08-31', false, 'the swapped Monday 31 August 2026'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(calendar.isWorkingDay(day)).toBe(expected);
  });

  it.each([
    ['2025-01-24', 1, '2025-02-03', 'Tết 2025 is skipped'],
    ['2025-04-25', 1, '2025-04-26', 'the make-up Saturday 2025 counts'],
    ['2025-04-29', 1, '2025-05-05', '30 April – 4 May 2025 is skipped'],
    ['2025-08-29', 1, '2025-09-03', 'National Day 2025 is skipped'],
    ['2025-12-31', 1, '2026-01-05', 'New Year 2026 with its swapped Friday is skipped'],
    ['2026-04-24', 1, '2026-04-28', 'the compensatory Monday for Hùng Kings 2026 is skipped'],
    ['2026-04-29', 1, '2026-05-04', '30 April and 1 May 2026 are skipped'],
    ['2026-08-21', 1, '2026-08-22', 'the make-up Saturday 2026 counts'],
    ['2026-08-28', 1, '2026-09-03', 'National Day 2026 is skipped'],
  ])('addWorkingDays(%s, %i) = %s (%s)', (from, days, expected) => {
    expect(calendar.addWorkingDays(from, days)).toBe(expected);
  });

  it.each([
    ['1 day received 14:00 on the eve of Tết 2025', at('2025-01-24', '14:00'), 1, 'working_days', at('2025-02-03', '14:00')],
    ['1 day received 15:05 on the eve of Tết 2025 (after the cut-off)', at('2025-01-24', '15:05'), 1, 'working_days', at('2025-02-03', '17:00')],
    ['2 hours received at lunch start after the break', at('2026-11-25', '11:45'), 2, 'working_hours', at('2026-11-25', '15:30')],
    ['3 hours across the lunch break', at('2026-11-25', '10:30'), 3, 'working_hours', at('2026-11-25', '15:30')],
    ['1 hour received at 14:59 counts today', at('2026-11-25', '14:59'), 1, 'working_hours', at('2026-11-25', '15:59')],
    ['1 hour received at 15:00 counts tomorrow', at('2026-11-25', '15:00'), 1, 'working_hours', at('2026-11-26', '08:00')],
    ['1 day received after the cut-off runs on the make-up Saturday', at('2026-01-09', '16:00'), 1, 'working_days', at('2026-01-10', '17:00')],
    ['2 days across National Day 2026', at('2026-08-28', '09:00'), 2, 'working_days', at('2026-09-04', '09:00')],
    ['16 hours across Tết 2026', at('2026-02-13', '10:00'), 16, 'working_hours', at('2026-02-24', '10:00')],
  ] as const)('dueAt: %s', (_case, received, value, unit, expected) => {
    expect(calendar.dueAt(received, { value, unit }).toISOString()).toBe(expected.toISOString());
  });

  it.each([
    ['within one day across lunch', at('2026-11-23', '09:00'), at('2026-11-23', '14:00'), 180],
    ['over a weekend and Culture Day', at('2026-11-20', '16:00'), at('2026-11-25', '08:00'), 600],
    ['from lunch to lunch', at('2026-11-23', '12:00'), at('2026-11-25', '12:00'), 480],
    ['backwards', at('2026-11-25', '08:00'), at('2026-11-23', '08:00'), 0],
  ])('workingMinutesBetween %s = %i', (_case, from, to, expected) => {
    expect(calendar.workingMinutesBetween(from, to)).toBe(expected);
  });

  it.each([
    ['during office hours', at('2026-11-23', '09:10'), at('2026-11-23', '09:10')],
    ['at lunch', at('2026-11-23', '12:00'), at('2026-11-23', '13:30')],
    ['after closing', at('2026-11-23', '17:30'), at('2026-11-25', '07:00')],
    ['on a holiday', at('2026-11-24', '10:00'), at('2026-11-25', '07:00')],
  ])('nextOfficeInstant %s', (_case, instant, expected) => {
    expect(calendar.nextOfficeInstant(instant).toISOString()).toBe(expected.toISOString());
  });

  it('honours an agency with its own office hours (07:30–11:30, 13:00–17:00, cut-off 16:00)', () => {
    const agency = new WorkingCalendar(VN_CIVIL_SERVICE_CALENDAR, {
      segments: [{ start: 450, end: 690 }, { start: 780, end: 1020 }],
      cutoff: 960,
    });
    expect(agency.clockStart(at('2026-11-25', '15:30')).toISOString()).toBe(at('2026-11-25', '15:30').toISOString());
    expect(agency.dueAt(at('2026-11-25', '12:30'), { value: 1, unit: 'working_hours' }).toISOString()).toBe(at('2026-11-25', '14:00').toISOString());
  });
});

describe('parseOfficeHours', () => {
  it('should read the default hours back from their text', () => {
    expect(parseOfficeHours(officeHoursToText(DEFAULT_OFFICE_HOURS))).toEqual({ ok: true, hours: DEFAULT_OFFICE_HOURS });
    expect(officeHoursToText(DEFAULT_OFFICE_HOURS)).toEqual({ segments: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }], cutoff: '15:00' });
  });

  it.each([
    ['no period', { segments: [], cutoff: '15:00' }],
    ['a malformed time', { segments: [{ start: '7:00', end: '11:30' }], cutoff: '10:00' }],
    ['periods out of order', { segments: [{ start: '13:30', end: '17:00' }, { start: '07:00', end: '11:30' }], cutoff: '15:00' }],
    ['overlapping periods', { segments: [{ start: '07:00', end: '12:00' }, { start: '11:30', end: '17:00' }], cutoff: '15:00' }],
    ['an empty period', { segments: [{ start: '07:00', end: '07:00' }], cutoff: '07:00' }],
    ['a cut-off after closing', { segments: [{ start: '07:00', end: '11:30' }], cutoff: '15:00' }],
  ])('should refuse %s', (_case, text) => {
    expect(parseOfficeHours(text)).toMatchObject({ ok: false });
  });
});
