import { minutesPerDay, normalizeTime, officeHoursProblem, officeHoursRequest } from './office-hours-form';

describe('office hours form', () => {
  it.each([
    ['07:30', '07:30'],
    ['7:30', '07:30'],
    ['0730', '07:30'],
    ['7h30', '07:30'],
    [' 13.30 ', '13:30'],
    ['730', '07:30'],
    ['7', '7'],
    ['abc', 'abc'],
  ])('should write %j as %j', (typed, expected) => {
    expect(normalizeTime(typed)).toBe(expected);
  });

  it.each([
    [{ segments: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }], cutoff: '15:00' }, null],
    [{ segments: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }], cutoff: '15:00' }, 'Các khoảng giờ phải theo thứ tự và không chồng nhau'],
    [{ segments: [{ start: '13:30', end: '17:00' }, { start: '07:00', end: '11:30' }], cutoff: '15:00' }, 'Các khoảng giờ phải theo thứ tự và không chồng nhau'],
    [{ segments: [{ start: '07:00', end: '17:00' }], cutoff: '17:30' }, 'Giờ chốt tiếp nhận phải nằm trong giờ làm việc'],
    [{ segments: [{ start: '07:00', end: '25:00' }], cutoff: '15:00' }, 'Giờ làm việc phải có 1–4 khoảng, mỗi mốc dạng HH:MM'],
    [{ segments: [], cutoff: '15:00' }, 'Giờ làm việc phải có 1–4 khoảng, mỗi mốc dạng HH:MM'],
  ])('should check %j by the server rule', (hours, problem) => {
    expect(officeHoursProblem(hours)?.vi ?? null).toBe(problem);
  });

  it('should send times as HH:MM and count the office minutes of a day', () => {
    const typed = { segments: [{ start: '7h', end: '1130' }, { start: '13:30', end: '17h00' }], cutoff: '1500' };
    expect(officeHoursRequest(typed)).toEqual({ segments: [{ start: '7h', end: '11:30' }, { start: '13:30', end: '17:00' }], cutoff: '15:00' });
    expect(minutesPerDay({ segments: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }], cutoff: '15:00' })).toBe(480);
    expect(minutesPerDay({ segments: [{ start: '07:00', end: '06:00' }], cutoff: '15:00' })).toBeNull();
  });
});
