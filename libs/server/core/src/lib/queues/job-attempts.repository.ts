import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { JobFailureView } from '@dvc/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FailedAttempt {
  queue: string;
  jobName: string;
  jobId: string;
  payload: Record<string, unknown>;
  attempt: number;
  maxAttempts: number;
  error: string;
}

interface AttemptRow {
  job_id: string; queue: string; job_name: string; dossier_id: string | null; dossier_code: string | null; payload: Record<string, unknown>;
  attempt: number; max_attempts: number; error: string; dead: boolean; failed_at: Date; retried_at: Date | null; retried_by: string | null;
}

function toView(row: AttemptRow): JobFailureView {
  return {
    jobId: row.job_id, queue: row.queue, jobName: row.job_name, dossierId: row.dossier_id, dossierCode: row.dossier_code,
    attempt: row.attempt, maxAttempts: row.max_attempts, error: row.error, dead: row.dead, failedAt: row.failed_at.toISOString(),
    retriedAt: row.retried_at?.toISOString() ?? null, retriedBy: row.retried_by,
  };
}

const SELECT = `SELECT j.job_id, j.queue, j.job_name, j.dossier_id, d.code AS dossier_code, j.payload, j.attempt, j.max_attempts, j.error,
                       j.dead, j.failed_at, j.retried_at, j.retried_by
                  FROM job_attempt j LEFT JOIN dossier d ON d.id = j.dossier_id`;

/** Every failed attempt of a job, so staff see what failed, why and when; the last of a job out of retries is dead. */
@Injectable()
export class JobAttemptsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(attempt: FailedAttempt): Promise<void> {
    const dossierId = typeof attempt.payload['dossierId'] === 'string' && UUID.test(attempt.payload['dossierId']) ? attempt.payload['dossierId'] : null;
    await this.db.query(
      `INSERT INTO job_attempt (queue, job_name, job_id, dossier_id, payload, attempt, max_attempts, error, dead)
       VALUES ($1, $2, $3, $4, $5, $6::int, $7::int, $8, $6::int >= $7::int)
       ON CONFLICT (job_id, attempt) DO UPDATE SET error = EXCLUDED.error, failed_at = now()`,
      [attempt.queue, attempt.jobName, attempt.jobId, dossierId, JSON.stringify(attempt.payload), attempt.attempt, attempt.maxAttempts, attempt.error.slice(0, 2000)],
    );
  }

  /** Jobs that ran out of attempts and nobody retried yet, newest first. */
  async deadLetters(limit: number): Promise<JobFailureView[]> {
    const rows: AttemptRow[] = await this.db.query(`${SELECT} WHERE j.dead AND j.retried_at IS NULL ORDER BY j.failed_at DESC LIMIT $1`, [limit]);
    return rows.map(toView);
  }

  async countDead(): Promise<number> {
    const rows: { count: number }[] = await this.db.query(`SELECT count(*)::int AS count FROM job_attempt WHERE dead AND retried_at IS NULL`);
    return rows[0]?.count ?? 0;
  }

  /** A dossier's failure history: every failed attempt of every job about it. */
  async forDossier(dossierId: string): Promise<JobFailureView[]> {
    const rows: AttemptRow[] = await this.db.query(`${SELECT} WHERE j.dossier_id = $1 ORDER BY j.failed_at`, [dossierId]);
    return rows.map(toView);
  }

  async latestOf(jobId: string): Promise<JobFailureView & { payload: Record<string, unknown> } | null> {
    const rows: AttemptRow[] = await this.db.query(`${SELECT} WHERE j.job_id = $1 ORDER BY j.attempt DESC LIMIT 1`, [jobId]);
    const row = rows[0];
    return row ? { ...toView(row), payload: row.payload } : null;
  }

  async markRetried(jobId: string, by: string): Promise<void> {
    await this.db.query(`UPDATE job_attempt SET retried_at = now(), retried_by = $2 WHERE job_id = $1 AND retried_at IS NULL`, [jobId, by]);
  }
}
