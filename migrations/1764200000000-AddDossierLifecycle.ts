import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full dossier lifecycle (issue: lifecycle and the legal clock): a dossier is received by one agency and
 * processed by another (non-boundary reception, transfers), held by an assignee, returned in a recorded way, and
 * classified early / on time / late when finished. Procedures carry their internal process (the steps a dossier
 * follows) and their supplement rule; agencies may have their own office hours. Steps are rows, never edited in place.
 */
export class AddDossierLifecycle1764200000000 implements MigrationInterface {
  name = 'AddDossierLifecycle1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agency ADD COLUMN office_hours jsonb`);
    await db.query(`ALTER TABLE procedure_version
      ADD COLUMN internal_process jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN supplement_restarts boolean NOT NULL DEFAULT true`);
    // A published procedure by its code: every procedure page and every filing.
    await db.query(`CREATE INDEX ix_procedure_version_published_code ON procedure_version (procedure_code) WHERE status = 'published'`);

    await db.query(`ALTER TABLE dossier
      ADD COLUMN processing_agency_id uuid REFERENCES agency(id),
      ADD COLUMN assignee_user_id uuid REFERENCES user_account(id),
      ADD COLUMN returned_at timestamptz,
      ADD COLUMN return_method text CHECK (return_method IN ('counter','post','online')),
      ADD COLUMN finish_class text CHECK (finish_class IN ('early','on_time','late'))`);
    await db.query(`UPDATE dossier SET processing_agency_id = agency_id`);
    await db.query(`ALTER TABLE dossier ALTER COLUMN processing_agency_id SET NOT NULL`);
    await db.query(`CREATE INDEX ix_dossier_processing_status ON dossier (processing_agency_id, status, submitted_at DESC)`);
    // Open dossiers by due date: the deadline sweep and "at risk" lists read this.
    await db.query(`CREATE INDEX ix_dossier_open_due ON dossier (due_at) WHERE finished_at IS NULL AND due_at IS NOT NULL`);

    await db.query(`
      CREATE TABLE dossier_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        seq int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('process','consultation')),
        template_index int,
        code text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency(id),
        assignee_user_id uuid REFERENCES user_account(id),
        handed_over_by text,
        started_at timestamptz NOT NULL,
        due_at timestamptz,
        counts_toward_deadline boolean NOT NULL DEFAULT true,
        finished_at timestamptz,
        finished_by text,
        outcome text CHECK (outcome IN ('early','on_time','late')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_dossier_step_seq UNIQUE (dossier_id, seq)
      )`);
    await db.query(`CREATE INDEX ix_dossier_step_open ON dossier_step (dossier_id) WHERE finished_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS dossier_step`);
    await db.query(`DROP INDEX IF EXISTS ix_dossier_open_due`);
    await db.query(`DROP INDEX IF EXISTS ix_dossier_processing_status`);
    await db.query(`ALTER TABLE dossier DROP COLUMN finish_class, DROP COLUMN return_method, DROP COLUMN returned_at,
      DROP COLUMN assignee_user_id, DROP COLUMN processing_agency_id`);
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_published_code`);
    await db.query(`ALTER TABLE procedure_version DROP COLUMN supplement_restarts, DROP COLUMN internal_process`);
    await db.query(`ALTER TABLE agency DROP COLUMN office_hours`);
  }
}
