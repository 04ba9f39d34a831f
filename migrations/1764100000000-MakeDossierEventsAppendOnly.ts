import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossier history is append-only: the database itself refuses UPDATE and DELETE on dossier_event. The hash chain
 * then catches what a superuser could still do around the trigger (the audit verifier reports the first broken link).
 */
export class MakeDossierEventsAppendOnly1764100000000 implements MigrationInterface {
  name = 'MakeDossierEventsAppendOnly1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION dossier_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'dossier_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER tg_dossier_event_append_only BEFORE UPDATE OR DELETE ON dossier_event
        FOR EACH ROW EXECUTE FUNCTION dossier_event_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS tg_dossier_event_append_only ON dossier_event`);
    await db.query(`DROP FUNCTION IF EXISTS dossier_event_append_only()`);
  }
}
