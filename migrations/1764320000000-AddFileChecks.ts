import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checks of submitted files and deadline alerts to staff:
 * - `dossier_file.check_status`: each attachment is checked after submission by the worker (real type and size
 *   against its component, integrity against the hash taken at upload, optional virus scan); `check_detail` says
 *   why one failed. Results are written by the system and count as passed;
 * - `staff_alert_delivery`: one row per (deadline alert, staff member) told of it by e-mail, the ledger that makes
 *   each of them hear of an alert once.
 */
export class AddFileChecks1764320000000 implements MigrationInterface {
  name = 'AddFileChecks1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dossier_file
      ADD COLUMN check_status text NOT NULL DEFAULT 'pending',
      ADD COLUMN check_detail text,
      ADD COLUMN checked_at timestamptz,
      ADD CONSTRAINT ck_dossier_file_check_status CHECK (check_status IN ('pending','passed','failed'))`);
    await db.query(`UPDATE dossier_file SET check_status = 'passed', checked_at = created_at WHERE kind = 'result'`);

    await db.query(`
      CREATE TABLE staff_alert_delivery (
        alert_id uuid NOT NULL REFERENCES deadline_alert(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        status text NOT NULL CHECK (status IN ('sending','sent')),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_staff_alert_delivery PRIMARY KEY (alert_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS staff_alert_delivery`);
    await db.query(`ALTER TABLE dossier_file
      DROP CONSTRAINT IF EXISTS ck_dossier_file_check_status,
      DROP COLUMN IF EXISTS checked_at,
      DROP COLUMN IF EXISTS check_detail,
      DROP COLUMN IF EXISTS check_status`);
  }
}
