import type { DossierStatus } from '@dvc/shared/domain';
import { deadlineState, type DeadlineState } from './deadline';

describe('deadlineState', () => {
  const now = new Date('2026-11-24T03:00:00Z');

  const received = '2026-11-20T03:00:00Z';

  it.each<[string, DossierStatus, string | null, string | null, string | null, DeadlineState]>([
    ['no appointment yet', 'submitted', null, null, null, 'none'],
    ['a minute past the appointment', 'in_processing', received, '2026-11-24T02:59:00Z', null, 'overdue'],
    ['exactly at the appointment', 'received', received, '2026-11-24T03:00:00Z', null, 'due_soon'],
    ['23 hours left', 'received', received, '2026-11-25T02:00:00Z', null, 'due_soon'],
    ['exactly one day left', 'awaiting_approval', received, '2026-11-25T03:00:00Z', null, 'due_soon'],
    ['one day and a minute left', 'in_consultation', received, '2026-11-25T03:01:00Z', null, 'on_time'],
    ['paused for a supplement after reception (no appointment while paused)', 'supplement_requested', received, null, null, 'paused'],
    ['paused for payment, even with a stale date', 'payment_requested', received, '2026-11-20T03:00:00Z', null, 'paused'],
    ['a supplement asked at reception (the clock never started)', 'supplement_requested', null, null, null, 'none'],
    ['finished (returned) late', 'returned', received, '2026-11-20T03:00:00Z', '2026-11-21T03:00:00Z', 'none'],
    ['result ready', 'result_ready', received, '2026-11-20T03:00:00Z', null, 'none'],
    ['an unreadable date', 'received', received, 'not a date', null, 'none'],
  ])('should say %s → %s', (_case, status, receivedAt, dueAt, finishedAt, expected) => {
    expect(deadlineState({ status, receivedAt, dueAt, finishedAt }, now)).toBe(expected);
  });
});
