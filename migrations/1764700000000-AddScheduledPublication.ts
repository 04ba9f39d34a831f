import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publication on a later effective date (issue: the catalogue, versions with an effective date): a draft may carry the
 * decision it will be published under and the day; the worker publishes it that day. Only drafts are scheduled.
 */
export class AddScheduledPublication1764700000000 implements MigrationInterface {
  name = 'AddScheduledPublication1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procedure_version ADD COLUMN scheduled_publication jsonb`);
    await db.query(`ALTER TABLE procedure_version ADD CONSTRAINT ck_procedure_version_scheduled_draft
      CHECK (scheduled_publication IS NULL OR status = 'draft')`);
    await db.query(`CREATE INDEX ix_procedure_version_scheduled ON procedure_version (((scheduled_publication->>'effectiveFrom')))
      WHERE scheduled_publication IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_scheduled`);
    await db.query(`ALTER TABLE procedure_version DROP CONSTRAINT IF EXISTS ck_procedure_version_scheduled_draft`);
    await db.query(`ALTER TABLE procedure_version DROP COLUMN IF EXISTS scheduled_publication`);
  }
}
