import type { CalendarException } from './working-calendar';

const off = (day: string, reason: string): CalendarException => ({ day, kind: 'day_off', reason });
const work = (day: string, reason: string): CalendarException => ({ day, kind: 'working_day', reason });

function range(from: string, to: string, reason: string): CalendarException[] {
  const days: CalendarException[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
    days.push(off(new Date(time).toISOString().slice(0, 10), reason));
  }
  return days;
}

/**
 * Days off and make-up working days for civil servants, 2025 and 2026, as decided by the Government each year (see
 * ../shared/domain/deadlines.md). Seeded into the calendar table, which the province edits; weekends inside a
 * holiday are listed too so the table reads like the official notice.
 */
export const VN_CIVIL_SERVICE_CALENDAR: readonly CalendarException[] = [
  off('2025-01-01', 'Tết Dương lịch 2025'),
  ...range('2025-01-25', '2025-02-02', 'Tết Nguyên đán Ất Tỵ'),
  off('2025-04-07', 'Giỗ Tổ Hùng Vương'),
  work('2025-04-26', 'Làm bù cho ngày 02/5/2025'),
  ...range('2025-04-30', '2025-05-04', 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5'),
  ...range('2025-08-30', '2025-09-02', 'Quốc khánh 2/9'),
  ...range('2026-01-01', '2026-01-04', 'Tết Dương lịch 2026'),
  work('2026-01-10', 'Làm bù cho ngày 02/01/2026'),
  ...range('2026-02-14', '2026-02-22', 'Tết Nguyên đán Bính Ngọ'),
  off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 rơi vào Chủ nhật)'),
  ...range('2026-04-30', '2026-05-01', 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5'),
  work('2026-08-22', 'Làm bù cho ngày 31/8/2026'),
  ...range('2026-08-29', '2026-09-02', 'Quốc khánh 2/9'),
  off('2026-11-24', 'Ngày Văn hóa Việt Nam'),
];
