import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue as the national database defines it (issue: the procedure catalogue a province publishes):
 * - each procedure version stores its whole record (`record`, the import/export shape, so a round trip is lossless);
 *   the other columns are projections of it for search, filters and the dossiers pinned to the version;
 * - versions are published with a decision and an effective date, and retired (never deleted once referenced);
 * - imports run in the background with progress and a problem report (`catalogue_import`);
 * - non-dossier administration (publications, retirements, agency mergers) is recorded in `audit_log`.
 */
export class AddCatalogueRecords1764400000000 implements MigrationInterface {
  name = 'AddCatalogueRecords1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procedure_version DROP CONSTRAINT IF EXISTS procedure_version_level_check`);
    await db.query(`ALTER TABLE procedure_version ADD CONSTRAINT procedure_version_level_check CHECK (level IN ('ministry','province','commune'))`);
    await db.query(`ALTER TABLE procedure_version
      ADD COLUMN record jsonb,
      ADD COLUMN keywords text NOT NULL DEFAULT '',
      ADD COLUMN sector_codes text[] NOT NULL DEFAULT '{}',
      ADD COLUMN levels text[] NOT NULL DEFAULT '{}',
      ADD COLUMN applicant_types text[] NOT NULL DEFAULT '{}',
      ADD COLUMN featured boolean NOT NULL DEFAULT false,
      ADD COLUMN illustrative boolean NOT NULL DEFAULT false,
      ADD COLUMN effective_from date,
      ADD COLUMN retired_at timestamptz,
      ADD COLUMN retired_reason text,
      ADD COLUMN created_by text,
      ADD COLUMN published_by text`);
    // Versions written before records existed: a record built from their columns (one case, one online channel).
    await db.query(`
      UPDATE procedure_version pv SET
        record = jsonb_build_object(
          'code', pv.procedure_code, 'name', pv.name, 'publishingAgency', '', 'type', '', 'description', pv.description,
          'keywords', '[]'::jsonb, 'conditions', pv.conditions, 'whereToSubmit', '',
          'sectors', jsonb_build_array(jsonb_build_object('code', pv.sector_code, 'name', s.name)),
          'levels', jsonb_build_array(pv.level), 'applicantTypes', '["citizen"]'::jsonb,
          'agencies', '{"implementing":[],"competent":[],"authorised":[],"coordinating":[]}'::jsonb,
          'cases', jsonb_build_array(jsonb_build_object('code', 'TH1', 'name', pv.name, 'steps', pv.steps,
            'components', (SELECT coalesce(jsonb_agg(c || '{"template":null,"replaceableByResultCode":null}'::jsonb), '[]'::jsonb) FROM jsonb_array_elements(pv.components) c))),
          'channels', jsonb_build_array(jsonb_build_object('channel', 'online',
            'timeLimit', jsonb_build_object('value', pv.time_limit_value, 'unit', pv.time_limit_unit), 'description', '',
            'fees', (SELECT coalesce(jsonb_agg(f || '{"unit":"đồng/hồ sơ","description":"","schedule":null}'::jsonb), '[]'::jsonb) FROM jsonb_array_elements(pv.fees) f))),
          'results', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', 'KQ' || n, 'name', r, 'template', null)), '[]'::jsonb)
                        FROM jsonb_array_elements_text(pv.results) WITH ORDINALITY AS t(r, n)),
          'legalBasis', (SELECT coalesce(jsonb_agg(jsonb_build_object('number', l, 'title', l, 'issuedOn', null, 'effectiveOn', null, 'issuer', '', 'url', null)), '[]'::jsonb)
                           FROM jsonb_array_elements_text(pv.legal_basis) l),
          'related', '[]'::jsonb, 'linked', '[]'::jsonb,
          'onlineLevels', (SELECT coalesce(jsonb_agg(jsonb_build_object('agencyCode', a.code, 'level', pa.online_level)), '[]'::jsonb)
                             FROM procedure_agency pa JOIN agency a ON a.id = pa.agency_id WHERE pa.procedure_id = pv.procedure_id),
          'flags', jsonb_build_object('feeBearing', pv.fee_total > 0, 'noResultDocument', false, 'handledAtOneStop', true,
                                      'nonBoundary', false, 'interAgency', false, 'featured', false),
          'tutorialVideoUrl', null, 'internalProcess', pv.internal_process, 'supplementRestarts', pv.supplement_restarts,
          'form', jsonb_build_object('schema', jsonb_build_object('type', 'object', 'additionalProperties', false,
              'required', (SELECT coalesce(jsonb_agg(f->>'key'), '[]'::jsonb) FROM jsonb_array_elements(pv.form_fields) f WHERE (f->>'required')::boolean),
              'properties', (SELECT coalesce(jsonb_object_agg(f->>'key', jsonb_strip_nulls(jsonb_build_object(
                  'type', CASE f->>'type' WHEN 'number' THEN 'number' ELSE 'string' END, 'title', f->>'label',
                  'format', CASE f->>'type' WHEN 'date' THEN 'date' END, 'maxLength', (f->>'maxLength')::int))), '{}'::jsonb)
                FROM jsonb_array_elements(pv.form_fields) f)),
            'ui', (SELECT coalesce(jsonb_object_agg(f->>'key', jsonb_build_object('order', n)), '{}'::jsonb) FROM jsonb_array_elements(pv.form_fields) WITH ORDINALITY AS t(f, n))),
          'illustrative', true),
        sector_codes = ARRAY[pv.sector_code], levels = ARRAY[pv.level], applicant_types = ARRAY['citizen']
      FROM sector s WHERE s.code = pv.sector_code`);
    await db.query(`ALTER TABLE procedure_version ALTER COLUMN record SET NOT NULL`);

    // Search over the code, the name and the keywords, folded (no diacritics, đ → d), with a trigram index.
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_search`);
    await db.query(`ALTER TABLE procedure_version DROP COLUMN search_text`);
    await db.query(`ALTER TABLE procedure_version ADD COLUMN search_text text GENERATED ALWAYS AS (dvc_fold(procedure_code || ' ' || name || ' ' || keywords)) STORED`);
    await db.query(`CREATE INDEX ix_procedure_version_search ON procedure_version USING gin (search_text gin_trgm_ops) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_procedure_version_sectors ON procedure_version USING gin (sector_codes) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_procedure_version_procedure ON procedure_version (procedure_id, version_number DESC)`);

    await db.query(`
      CREATE TABLE catalogue_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('queued','running','done','failed')),
        format text NOT NULL CHECK (format IN ('json','xlsx')),
        mode text NOT NULL CHECK (mode IN ('all_or_nothing','valid_only')),
        file_name text NOT NULL,
        content bytea NOT NULL,
        total int NOT NULL DEFAULT 0,
        processed int NOT NULL DEFAULT 0,
        imported int NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        created_by uuid NOT NULL REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_user_id uuid REFERENCES user_account(id),
        actor_name text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id, occurred_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS audit_log`);
    await db.query(`DROP TABLE IF EXISTS catalogue_import`);
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_procedure`);
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_sectors`);
    await db.query(`DROP INDEX IF EXISTS ix_procedure_version_search`);
    await db.query(`ALTER TABLE procedure_version DROP COLUMN search_text`);
    await db.query(`ALTER TABLE procedure_version ADD COLUMN search_text text GENERATED ALWAYS AS (dvc_fold(procedure_code || ' ' || name)) STORED`);
    await db.query(`CREATE INDEX ix_procedure_version_search ON procedure_version USING gin (search_text gin_trgm_ops) WHERE status = 'published'`);
    await db.query(`ALTER TABLE procedure_version DROP COLUMN record, DROP COLUMN keywords, DROP COLUMN sector_codes, DROP COLUMN levels,
      DROP COLUMN applicant_types, DROP COLUMN featured, DROP COLUMN illustrative, DROP COLUMN effective_from, DROP COLUMN retired_at,
      DROP COLUMN retired_reason, DROP COLUMN created_by, DROP COLUMN published_by`);
    await db.query(`ALTER TABLE procedure_version DROP CONSTRAINT IF EXISTS procedure_version_level_check`);
    await db.query(`ALTER TABLE procedure_version ADD CONSTRAINT procedure_version_level_check CHECK (level IN ('province','commune'))`);
  }
}
