import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { LocalDate } from '@dvc/shared/domain';

/** A dossier (step_id null) or one of its open steps, with the due date the sweep judges. */
export interface DueCandidate {
  dossier_id: string;
  step_id: string | null;
  processing_agency_id: string;
  assignee_user_id: string | null;
  due_at: Date;
}

export interface UnansweredSupplement {
  dossier_id: string;
  processing_agency_id: string;
  version: number;
  event_id: string;
  requested_at: Date;
}

/** An at-risk window is a few working hours; ten calendar days of look-ahead covers it across Tết. */
const LOOK_AHEAD = `interval '10 days'`;

/** The deadline sweep's queries. */
@Injectable()
export class SweepRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Open dossiers and open steps due within the look-ahead (or already past due). */
  async openDueSoon(now: Date): Promise<DueCandidate[]> {
    return this.db.query(
      `SELECT d.id AS dossier_id, NULL::uuid AS step_id, d.processing_agency_id, d.assignee_user_id, d.due_at
         FROM dossier d
        WHERE d.finished_at IS NULL AND d.due_at IS NOT NULL AND d.due_at <= $1::timestamptz + ${LOOK_AHEAD}
       UNION ALL
       SELECT d.id, s.id, d.processing_agency_id, s.assignee_user_id, s.due_at
         FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id
        WHERE s.finished_at IS NULL AND s.kind = 'process' AND s.due_at IS NOT NULL AND d.finished_at IS NULL
          AND s.due_at <= $1::timestamptz + ${LOOK_AHEAD}`,
      [now],
    );
  }

  /** Records an alert once; its id, or null when it was already given. */
  async recordAlert(manager: EntityManager, dossierId: string, kind: string, subjectKey: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO deadline_alert (dossier_id, kind, subject_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
      [dossierId, kind, subjectKey],
    );
    return rows[0]?.id ?? null;
  }

  /** Who hears of a deadline: the assignee and the leaders of the processing agency. */
  async staffToTell(dossierId: string, assigneeUserId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM dossier d JOIN user_agency ua ON ua.agency_id = d.processing_agency_id JOIN user_account u ON u.id = ua.user_id
        WHERE d.id = $1 AND u.role = 'leader'`,
      [dossierId],
    );
    return [...new Set([...(assigneeUserId ? [assigneeUserId] : []), ...rows.map((row) => row.id)])];
  }

  /** Dossiers waiting for a supplement, with their latest request. */
  async unansweredSupplements(): Promise<UnansweredSupplement[]> {
    return this.db.query(
      `SELECT d.id AS dossier_id, d.processing_agency_id, d.version, e.id AS event_id, e.occurred_at AS requested_at
         FROM dossier d
         JOIN LATERAL (SELECT id, occurred_at FROM dossier_event
                        WHERE dossier_id = d.id AND action = 'request_supplement' ORDER BY seq DESC LIMIT 1) e ON true
        WHERE d.status = 'supplement_requested'`,
    );
  }

  /** The figures of one day per receiving agency, replaced if they were computed before. Returns the agencies counted. */
  async rollUp(day: LocalDate): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `WITH bounds AS (SELECT ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS starts,
                              (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS ends)
       INSERT INTO daily_statistics (agency_id, day, received, finished_early, finished_on_time, finished_late,
                                     open_within_time, open_overdue, paused, computed_at)
       SELECT d.agency_id, $1::date,
              count(*) FILTER (WHERE d.received_at >= b.starts AND d.received_at < b.ends),
              count(*) FILTER (WHERE d.finished_at >= b.starts AND d.finished_at < b.ends AND d.finish_class = 'early'),
              count(*) FILTER (WHERE d.finished_at >= b.starts AND d.finished_at < b.ends AND d.finish_class = 'on_time'),
              count(*) FILTER (WHERE d.finished_at >= b.starts AND d.finished_at < b.ends AND d.finish_class = 'late'),
              count(*) FILTER (WHERE d.received_at < b.ends AND (d.finished_at IS NULL OR d.finished_at >= b.ends) AND d.due_at >= b.ends),
              count(*) FILTER (WHERE d.received_at < b.ends AND (d.finished_at IS NULL OR d.finished_at >= b.ends) AND d.due_at < b.ends),
              count(*) FILTER (WHERE d.finished_at IS NULL AND d.status IN ('supplement_requested', 'payment_requested')),
              now()
         FROM dossier d, bounds b
        WHERE d.received_at IS NOT NULL AND d.received_at < b.ends
        GROUP BY d.agency_id
       ON CONFLICT (agency_id, day) DO UPDATE SET
         received = EXCLUDED.received, finished_early = EXCLUDED.finished_early, finished_on_time = EXCLUDED.finished_on_time,
         finished_late = EXCLUDED.finished_late, open_within_time = EXCLUDED.open_within_time, open_overdue = EXCLUDED.open_overdue,
         paused = EXCLUDED.paused, computed_at = now()
       RETURNING agency_id`,
      [day],
    );
    return rows.length;
  }
}
