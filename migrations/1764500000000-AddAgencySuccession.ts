import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies as data with validity and successors (issue: agencies as data, and the merge command): an agency exists
 * from `valid_from` until the day before `valid_to` (null: still exists); a merged agency points to its successor.
 * The foundation schema already created the columns; this makes sure of them on older databases, forbids an agency
 * succeeding itself, and indexes the two links the merger walks (children by parent, predecessors by successor).
 */
export class AddAgencySuccession1764500000000 implements MigrationInterface {
  name = 'AddAgencySuccession1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agency
      ADD COLUMN IF NOT EXISTS valid_from date NOT NULL DEFAULT DATE '2025-07-01',
      ADD COLUMN IF NOT EXISTS valid_to date,
      ADD COLUMN IF NOT EXISTS successor_id uuid`);
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
           WHERE c.conrelid = 'agency'::regclass AND c.contype = 'f' AND a.attname = 'successor_id'
        ) THEN
          ALTER TABLE agency ADD CONSTRAINT fk_agency_successor FOREIGN KEY (successor_id) REFERENCES agency(id);
        END IF;
      END $$`);
    await db.query(`ALTER TABLE agency ADD CONSTRAINT ck_agency_successor_not_self CHECK (successor_id IS NULL OR successor_id <> id)`);
    await db.query(`CREATE INDEX IF NOT EXISTS ix_agency_parent ON agency (parent_id) WHERE parent_id IS NOT NULL`);
    await db.query(`CREATE INDEX IF NOT EXISTS ix_agency_successor ON agency (successor_id) WHERE successor_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The columns and the successor foreign key belong to the foundation schema: only what `up` added goes.
    await db.query(`DROP INDEX IF EXISTS ix_agency_successor`);
    await db.query(`DROP INDEX IF EXISTS ix_agency_parent`);
    await db.query(`ALTER TABLE agency DROP CONSTRAINT IF EXISTS ck_agency_successor_not_self`);
    await db.query(`ALTER TABLE agency DROP CONSTRAINT IF EXISTS fk_agency_successor`);
  }
}
