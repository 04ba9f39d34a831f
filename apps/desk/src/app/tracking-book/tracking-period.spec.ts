import { monthOf, periodDays, periodProblem } from './tracking-period';

describe('tracking book period', () => {
  it.each([
    ['2026-11-24', 0, { from: '2026-11-01', to: '2026-11-30' }],
    ['2026-01-15', -1, { from: '2025-12-01', to: '2025-12-31' }],
    ['2028-02-10', 0, { from: '2028-02-01', to: '2028-02-29' }],
    ['2026-12-31', 1, { from: '2027-01-01', to: '2027-01-31' }],
  ])('should give the month of %s with offset %d', (day, offset, expected) => {
    expect(monthOf(day, offset)).toEqual(expected);
  });

  it.each([
    [{ from: '2026-11-24', to: '2026-11-24' }, 1, null],
    [{ from: '2026-08-31', to: '2026-11-30' }, 92, null],
    [{ from: '2026-08-30', to: '2026-11-30' }, 93, 'too_long'],
    [{ from: '2026-11-25', to: '2026-11-24' }, 0, 'order'],
    [{ from: '', to: '2026-11-24' }, null, 'missing'],
    [{ from: '2026-02-30', to: '2026-03-02' }, null, 'missing'],
  ])('should count %j as %s days and find %s', (period, days, problem) => {
    if (days !== null) expect(periodDays(period)).toBe(days);
    expect(periodProblem(period)).toBe(problem);
  });
});
