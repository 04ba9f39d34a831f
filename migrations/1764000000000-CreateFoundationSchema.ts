import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, identity, catalogue, calendar, dossiers with events and files, notifications and the outbox. */
export class CreateFoundationSchema1764000000000 implements MigrationInterface {
  name = 'CreateFoundationSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Immutable so it can back a stored column and an index; unaccent covers every Vietnamese letter but đ/Đ.
    await db.query(`
      CREATE FUNCTION dvc_fold(input text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(input, 'đĐ', 'dD'))) $$`);

    await db.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        parent_id uuid REFERENCES agency(id),
        successor_id uuid REFERENCES agency(id),
        valid_from date NOT NULL DEFAULT DATE '2025-07-01',
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_agency_code UNIQUE (code)
      )`);

    await db.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        phone text,
        personal_id text,
        role text NOT NULL CHECK (role IN ('citizen','desk_officer','specialist','leader','agency_admin','province_admin')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_user_account_email ON user_account (lower(email))`);
    await db.query(`
      CREATE TABLE user_agency (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        CONSTRAINT pk_user_agency PRIMARY KEY (user_id, agency_id)
      )`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        csrf_token text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_user_session_token UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);

    await db.query(`
      CREATE TABLE sector (
        code text PRIMARY KEY,
        name text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE procedure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_procedure_code UNIQUE (code)
      )`);
    await db.query(`
      CREATE TABLE procedure_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procedure_id uuid NOT NULL REFERENCES procedure(id),
        procedure_code text NOT NULL,
        version_number int NOT NULL,
        status text NOT NULL CHECK (status IN ('draft','published','retired')),
        name text NOT NULL,
        sector_code text NOT NULL REFERENCES sector(code),
        level text NOT NULL CHECK (level IN ('province','commune')),
        online_level text NOT NULL CHECK (online_level IN ('full','partial','none')),
        time_limit_value int NOT NULL CHECK (time_limit_value > 0),
        time_limit_unit text NOT NULL CHECK (time_limit_unit IN ('working_days','calendar_days','working_hours')),
        description text NOT NULL DEFAULT '',
        conditions text NOT NULL DEFAULT '',
        steps jsonb NOT NULL DEFAULT '[]',
        components jsonb NOT NULL DEFAULT '[]',
        fees jsonb NOT NULL DEFAULT '[]',
        fee_total bigint NOT NULL DEFAULT 0,
        results jsonb NOT NULL DEFAULT '[]',
        legal_basis jsonb NOT NULL DEFAULT '[]',
        form_fields jsonb NOT NULL DEFAULT '[]',
        decision_number text,
        decision_date date,
        published_at timestamptz,
        search_text text GENERATED ALWAYS AS (dvc_fold(procedure_code || ' ' || name)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_procedure_version_number UNIQUE (procedure_id, version_number)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_procedure_version_published ON procedure_version (procedure_id) WHERE status = 'published'`);
    await db.query(`CREATE INDEX ix_procedure_version_search ON procedure_version USING gin (search_text gin_trgm_ops) WHERE status = 'published'`);
    await db.query(`
      CREATE TABLE procedure_agency (
        procedure_id uuid NOT NULL REFERENCES procedure(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        online_level text NOT NULL CHECK (online_level IN ('full','partial','none')),
        CONSTRAINT pk_procedure_agency PRIMARY KEY (procedure_id, agency_id)
      )`);

    await db.query(`
      CREATE TABLE calendar_day (
        day date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('day_off','working_day')),
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_user_id uuid REFERENCES user_account(id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE dossier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        tracking_secret text NOT NULL,
        procedure_version_id uuid NOT NULL REFERENCES procedure_version(id),
        procedure_code text NOT NULL,
        procedure_name text NOT NULL,
        applicant_user_id uuid NOT NULL REFERENCES user_account(id),
        applicant_name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency(id),
        channel text NOT NULL CHECK (channel IN ('online','counter','postal')),
        status text NOT NULL,
        paused_from_status text,
        form_data jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        received_at timestamptz,
        due_at timestamptz,
        finished_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_dossier_code UNIQUE (code)
      )`);
    await db.query(`CREATE INDEX ix_dossier_agency_status ON dossier (agency_id, status, submitted_at DESC)`);
    await db.query(`CREATE INDEX ix_dossier_applicant ON dossier (applicant_user_id, submitted_at DESC)`);
    await db.query(`
      CREATE TABLE dossier_sequence (
        agency_id uuid NOT NULL REFERENCES agency(id),
        day date NOT NULL,
        last_value int NOT NULL,
        CONSTRAINT pk_dossier_sequence PRIMARY KEY (agency_id, day)
      )`);
    await db.query(`
      CREATE TABLE dossier_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        seq int NOT NULL,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES user_account(id),
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        reason text,
        payload jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL,
        prev_hash text,
        hash text NOT NULL,
        CONSTRAINT uq_dossier_event_seq UNIQUE (dossier_id, seq)
      )`);
    await db.query(`
      CREATE TABLE dossier_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        stored_file_id uuid NOT NULL REFERENCES stored_file(id),
        component_code text,
        kind text NOT NULL CHECK (kind IN ('attachment','result')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_dossier_file_stored UNIQUE (stored_file_id)
      )`);
    await db.query(`CREATE INDEX ix_dossier_file_dossier ON dossier_file (dossier_id)`);
    await db.query(`CREATE UNIQUE INDEX uq_dossier_file_result ON dossier_file (dossier_id) WHERE kind = 'result'`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_event_id uuid NOT NULL REFERENCES dossier_event(id),
        channel text NOT NULL,
        recipient text NOT NULL,
        status text NOT NULL CHECK (status IN ('sending','sent')),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_notification_event_channel UNIQUE (dossier_event_id, channel)
      )`);

    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        correlation_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        relay_attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX ix_outbox_pending ON outbox (created_at) WHERE relayed_at IS NULL`);
    await db.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('outbox_inserted', ''); RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER tg_outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'outbox', 'notification', 'dossier_file', 'dossier_event', 'dossier_sequence', 'dossier', 'stored_file',
      'calendar_day', 'procedure_agency', 'procedure_version', 'procedure', 'sector', 'user_session', 'user_agency',
      'user_account', 'agency',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS outbox_notify()`);
    await db.query(`DROP FUNCTION IF EXISTS dvc_fold(text)`);
  }
}
