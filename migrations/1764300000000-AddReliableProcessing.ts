import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work outside the request that never gets lost silently (issue: processing steps that never lose work):
 * - `job_attempt`: every failed attempt of a job (what, why, when); the last one of a job out of retries is its
 *   dead letter until someone retries it from the desk;
 * - `national_sync`: one row per dossier event sent to the national portal (idempotency and status);
 * - dossiers arriving from the national portal keep its id, so a repeated hand-over creates nothing twice;
 * - `deadline_alert`: what the deadline sweep announced (at risk, overdue, supplement reminders), once each;
 * - `daily_statistics`: the nightly roll-up per agency and day.
 */
export class AddReliableProcessing1764300000000 implements MigrationInterface {
  name = 'AddReliableProcessing1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE job_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        dossier_id uuid REFERENCES dossier(id),
        payload jsonb NOT NULL,
        attempt int NOT NULL,
        max_attempts int NOT NULL,
        error text NOT NULL,
        dead boolean NOT NULL DEFAULT false,
        failed_at timestamptz NOT NULL DEFAULT now(),
        retried_at timestamptz,
        retried_by text,
        CONSTRAINT uq_job_attempt UNIQUE (job_id, attempt)
      )`);
    await db.query(`CREATE INDEX ix_job_attempt_dossier ON job_attempt (dossier_id, failed_at DESC) WHERE dossier_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_job_attempt_dead ON job_attempt (failed_at DESC) WHERE dead AND retried_at IS NULL`);

    await db.query(`
      CREATE TABLE national_sync (
        dossier_event_id uuid PRIMARY KEY REFERENCES dossier_event(id),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        status text NOT NULL CHECK (status IN ('sending','sent')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_national_sync_dossier ON national_sync (dossier_id)`);

    await db.query(`ALTER TABLE dossier
      ADD COLUMN source text NOT NULL DEFAULT 'portal' CHECK (source IN ('portal','national_portal','counter')),
      ADD COLUMN external_id text`);
    await db.query(`CREATE UNIQUE INDEX uq_dossier_external ON dossier (source, external_id) WHERE external_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE deadline_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        kind text NOT NULL CHECK (kind IN ('at_risk','overdue','step_at_risk','step_overdue','supplement_reminder')),
        subject_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_deadline_alert UNIQUE (dossier_id, kind, subject_key)
      )`);

    await db.query(`
      CREATE TABLE daily_statistics (
        agency_id uuid NOT NULL REFERENCES agency(id),
        day date NOT NULL,
        received int NOT NULL,
        finished_early int NOT NULL,
        finished_on_time int NOT NULL,
        finished_late int NOT NULL,
        open_within_time int NOT NULL,
        open_overdue int NOT NULL,
        paused int NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_daily_statistics PRIMARY KEY (agency_id, day)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS daily_statistics`);
    await db.query(`DROP TABLE IF EXISTS deadline_alert`);
    await db.query(`DROP INDEX IF EXISTS uq_dossier_external`);
    await db.query(`ALTER TABLE dossier DROP COLUMN external_id, DROP COLUMN source`);
    await db.query(`DROP TABLE IF EXISTS national_sync`);
    await db.query(`DROP TABLE IF EXISTS job_attempt`);
  }
}
