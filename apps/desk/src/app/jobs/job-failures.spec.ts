import type { JobFailureView } from '@dvc/shared/contracts';
import { jobLabel, queueLabel } from '../i18n/messages';
import { attempts, failure } from '../testing/desk-fixtures';
import { groupFailures, jobState, needsAttention, type JobState } from './job-failures';

describe('jobState', () => {
  it.each<[string, Partial<JobFailureView>, JobState]>([
    ['attempts left', { attempt: 2, dead: false }, 'retrying'],
    ['out of attempts, nobody retried', { attempt: 5, dead: true }, 'dead'],
    ['out of attempts and retried', { attempt: 5, dead: true, retriedAt: '2026-11-24T03:00:00Z', retriedBy: 'A' }, 'retried'],
  ])('should read %s as %s', (_case, overrides, expected) => {
    expect(jobState(failure(overrides))).toBe(expected);
  });
});

describe('groupFailures', () => {
  it('should group attempts per job in attempt order, dead jobs first, then newest first', () => {
    const old = attempts(2, { jobId: 'old', failedAt: '2026-11-20T01:00:00Z' });
    const retried = attempts(5, { jobId: 'retried', retriedAt: '2026-11-24T04:00:00Z', retriedBy: 'A' });
    const dead = attempts(5, { jobId: 'dead', failedAt: '2026-11-19T01:00:00Z' });
    const recent = [failure({ jobId: 'recent', attempt: 1, failedAt: '2026-11-24T05:00:00Z' })];
    const sut = groupFailures([...retried, ...old.reverse(), ...recent, ...dead]);
    expect(sut.map((group) => [group.jobId, group.state])).toEqual([
      ['dead', 'dead'],
      ['recent', 'retrying'],
      ['old', 'retrying'],
      ['retried', 'retried'],
    ]);
    expect(sut[2]?.attempts.map((attempt) => attempt.attempt)).toEqual([1, 2]);
    expect(sut[2]?.latest.attempt).toBe(2);
  });

  it('should need attention only while a job is dead and not retried', () => {
    expect(needsAttention(groupFailures([]))).toBe(false);
    expect(needsAttention(groupFailures(attempts(3)))).toBe(false);
    expect(needsAttention(groupFailures(attempts(5)))).toBe(true);
    expect(needsAttention(groupFailures(attempts(5, { retriedAt: '2026-11-24T04:00:00Z' })))).toBe(false);
  });
});

describe('job and queue labels', () => {
  it.each([
    ['notifications.notify-applicant', 'Gửi thông báo cho công dân (thư điện tử, SMS)'],
    ['notifications.remind-supplement', 'Nhắc công dân nộp bổ sung'],
    ['integrations.sync-national-portal', 'Đồng bộ Cổng DVC quốc gia'],
    ['documents.render-result', 'Tạo văn bản kết quả (PDF)'],
    ['dossiers.recompute-deadlines', 'Tính lại ngày hẹn trả theo lịch làm việc'],
    ['dossiers.sweep-deadlines', 'Rà soát thời hạn (cảnh báo sắp đến hạn, quá hạn)'],
  ])('should name %s in Vietnamese', (name, vi) => {
    expect(jobLabel(name).vi).toBe(vi);
    expect(jobLabel(name).en).not.toBe(name);
  });

  it('should fall back to the raw name of an unknown job or queue', () => {
    expect(jobLabel('reports.export-monthly')).toEqual({ vi: 'reports.export-monthly', en: 'reports.export-monthly' });
    expect(queueLabel('exports')).toEqual({ vi: 'exports', en: 'exports' });
    expect(queueLabel('dossier-events').vi).toBe('Sự kiện hồ sơ (thông báo, đồng bộ)');
  });
});
