import type { DossierStatus, FinishedClass, OpenClass } from '@dvc/shared/domain';
import { DEADLINE_LABELS, deadlineTag, type DeadlineTag } from './deadline';

describe('deadlineTag', () => {
  const received = '2026-11-20T03:00:00Z';

  it.each<[string, DossierStatus, string | null, OpenClass | FinishedClass | null, DeadlineTag | null, string | null]>([
    ['within time', 'in_processing', received, 'within_time', 'within_time', 'Trong hạn'],
    ['at risk', 'received', received, 'at_risk', 'at_risk', 'Sắp đến hạn'],
    ['overdue', 'awaiting_approval', received, 'overdue', 'overdue', 'Quá hạn'],
    ['finished early', 'result_ready', received, 'early', 'early', 'Trước hạn'],
    ['finished on time', 'returned', received, 'on_time', 'on_time', 'Đúng hạn'],
    ['finished late', 'returned', received, 'late', 'late', 'Trễ hạn'],
    ['paused for a supplement (no class while the clock stands)', 'supplement_requested', received, null, 'paused', 'Tạm dừng'],
    ['paused for payment, whatever class is sent', 'payment_requested', received, 'overdue', 'paused', 'Tạm dừng'],
    ['a supplement asked at reception (the clock never started)', 'supplement_requested', null, null, null, null],
    ['not yet received', 'submitted', null, null, null, null],
  ])('should show %s', (_case, status, receivedAt, deadlineClass, expected, text) => {
    const tag = deadlineTag({ status, receivedAt, deadlineClass });
    expect(tag).toBe(expected);
    expect(tag ? DEADLINE_LABELS[tag].vi : null).toBe(text);
  });
});
