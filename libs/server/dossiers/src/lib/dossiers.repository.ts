import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DossierAction, DossierStatus, LocalDate, UserRole } from '@dvc/shared/domain';
import { dossierEventHash, type StoredEvent } from './audit/event-hash';
import type { DossierRow, EventRow, FileRow } from './dossier-views';

const DOSSIER_COLUMNS = `d.id, d.code, d.tracking_secret, d.procedure_version_id, d.procedure_code, d.procedure_name,
  d.applicant_user_id, d.applicant_name, d.agency_id, a.name AS agency_name, a.code AS agency_code, d.channel, d.status,
  d.paused_from_status, d.form_data, d.submitted_at, d.received_at, d.due_at, d.finished_at, d.version`;

export interface NewEvent {
  dossierId: string;
  action: DossierAction;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actorUserId: string | null;
  actorName: string;
  actorRole: UserRole;
  reason: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** Changes to a dossier's state columns, applied only when the version still matches. */
export interface StateChange {
  status: DossierStatus;
  pausedFromStatus: DossierStatus | null;
  receivedAt?: Date;
  dueAt?: Date;
  finishedAt?: Date;
}

/** Dossier SQL. Hot reads are hand-written queries (one round trip each); writes run in the caller's transaction. */
@Injectable()
export class DossiersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<DossierRow | null> {
    const rows: DossierRow[] = await manager.query(
      `SELECT ${DOSSIER_COLUMNS} FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByCode(code: string): Promise<DossierRow | null> {
    const rows: DossierRow[] = await this.db.query(
      `SELECT ${DOSSIER_COLUMNS} FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  async events(dossierId: string): Promise<EventRow[]> {
    return this.db.query(
      `SELECT id, action, from_status, to_status, actor_name, actor_role, reason, occurred_at
         FROM dossier_event WHERE dossier_id = $1 ORDER BY seq`,
      [dossierId],
    );
  }

  async files(dossierId: string): Promise<FileRow[]> {
    return this.db.query(
      `SELECT df.id, df.stored_file_id, df.component_code, df.kind, sf.file_name, sf.content_type, sf.size_bytes, sf.sha256,
              sf.storage_key
         FROM dossier_file df JOIN stored_file sf ON sf.id = df.stored_file_id
        WHERE df.dossier_id = $1 ORDER BY df.kind, df.component_code, df.created_at`,
      [dossierId],
    );
  }

  async page(
    where: { applicantUserId?: string; agencyIds?: readonly string[]; status?: DossierStatus; q?: string },
    limit: number,
    offset: number,
  ): Promise<{ rows: DossierRow[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (where.applicantUserId) {
      params.push(where.applicantUserId);
      conditions.push(`d.applicant_user_id = $${params.length}`);
    }
    if (where.agencyIds) {
      params.push(where.agencyIds);
      conditions.push(`d.agency_id = ANY($${params.length}::uuid[])`);
    }
    if (where.status) {
      params.push(where.status);
      conditions.push(`d.status = $${params.length}`);
    }
    if (where.q) {
      params.push(`%${where.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
      conditions.push(`(d.code ILIKE $${params.length} OR dvc_fold(d.applicant_name) LIKE dvc_fold($${params.length}))`);
    }
    params.push(limit, offset);
    const rows: (DossierRow & { total: string })[] = await this.db.query(
      `SELECT ${DOSSIER_COLUMNS}, count(*) OVER () AS total FROM dossier d JOIN agency a ON a.id = d.agency_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY d.submitted_at DESC, d.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows, total: rows[0] ? Number(rows[0].total) : 0 };
  }

  /** Next number in the agency's daily sequence; the upsert's row lock serialises concurrent submissions. */
  async nextSequence(manager: EntityManager, agencyId: string, day: LocalDate): Promise<number> {
    const rows: { last_value: number }[] = await manager.query(
      `INSERT INTO dossier_sequence (agency_id, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
       RETURNING last_value`,
      [agencyId, day],
    );
    return (rows[0] as { last_value: number }).last_value;
  }

  async insertDossier(
    manager: EntityManager,
    dossier: {
      code: string; trackingSecret: string; procedureVersionId: string; procedureCode: string; procedureName: string;
      applicantUserId: string; applicantName: string; agencyId: string; formData: Record<string, string>; submittedAt: Date;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO dossier (code, tracking_secret, procedure_version_id, procedure_code, procedure_name, applicant_user_id,
                            applicant_name, agency_id, channel, status, form_data, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'online', 'submitted', $9, $10) RETURNING id`,
      [
        dossier.code, dossier.trackingSecret, dossier.procedureVersionId, dossier.procedureCode, dossier.procedureName,
        dossier.applicantUserId, dossier.applicantName, dossier.agencyId, JSON.stringify(dossier.formData), dossier.submittedAt,
      ],
    );
    return (rows[0] as { id: string }).id;
  }

  async attachFiles(
    manager: EntityManager,
    dossierId: string,
    files: { storedFileId: string; componentCode: string | null; kind: 'attachment' | 'result' }[],
  ): Promise<void> {
    for (const file of files) {
      await manager.query(
        `INSERT INTO dossier_file (dossier_id, stored_file_id, component_code, kind) VALUES ($1, $2, $3, $4)`,
        [dossierId, file.storedFileId, file.componentCode, file.kind],
      );
    }
  }

  /** The result document, added once: a repeated job finds it there and changes nothing. */
  async attachResultOnce(manager: EntityManager, dossierId: string, storedFileId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO dossier_file (dossier_id, stored_file_id, kind) VALUES ($1, $2, 'result')
       ON CONFLICT (dossier_id) WHERE kind = 'result' DO NOTHING RETURNING id`,
      [dossierId, storedFileId],
    );
    return rows.length > 0;
  }

  async hasResult(dossierId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM dossier_file WHERE dossier_id = $1 AND kind = 'result'`,
      [dossierId],
    );
    return rows.length > 0;
  }

  /** Applies a state change if nobody changed the dossier since `version`; returns false on a lost race. */
  async changeState(manager: EntityManager, id: string, version: number, change: StateChange): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE dossier SET status = $3, paused_from_status = $4,
              received_at = COALESCE($5, received_at), due_at = COALESCE($6, due_at),
              finished_at = COALESCE($7, finished_at), version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, change.status, change.pausedFromStatus, change.receivedAt ?? null, change.dueAt ?? null, change.finishedAt ?? null],
    );
    return result[1] === 1;
  }

  /** Appends an event after the dossier's last one, chaining its hash. Call after the dossier row is locked. */
  async appendEvent(manager: EntityManager, event: NewEvent): Promise<string> {
    const last: { seq: number; hash: string }[] = await manager.query(
      `SELECT seq, hash FROM dossier_event WHERE dossier_id = $1 ORDER BY seq DESC LIMIT 1`,
      [event.dossierId],
    );
    const seq = (last[0]?.seq ?? 0) + 1;
    const prevHash = last[0]?.hash ?? null;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO dossier_event (dossier_id, seq, action, from_status, to_status, actor_user_id, actor_name, actor_role,
                                  reason, payload, occurred_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        event.dossierId, seq, event.action, event.fromStatus, event.toStatus, event.actorUserId, event.actorName,
        event.actorRole, event.reason, JSON.stringify(event.payload), event.occurredAt, prevHash,
        dossierEventHash(prevHash, { ...event, seq }),
      ],
    );
    return (rows[0] as { id: string }).id;
  }

  /** Uploaded files by id with whether each is already part of a dossier. */
  async storedFiles(ids: readonly string[]): Promise<
    { id: string; owner_user_id: string | null; content_type: string; size_bytes: number; attached: boolean }[]
  > {
    return this.db.query(
      `SELECT sf.id, sf.owner_user_id, sf.content_type, sf.size_bytes, EXISTS (SELECT 1 FROM dossier_file df WHERE df.stored_file_id = sf.id) AS attached
         FROM stored_file sf WHERE sf.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async applicantContact(dossierId: string): Promise<{ email: string; full_name: string } | null> {
    const rows: { email: string; full_name: string }[] = await this.db.query(
      `SELECT u.email, u.full_name FROM dossier d JOIN user_account u ON u.id = d.applicant_user_id WHERE d.id = $1`,
      [dossierId],
    );
    return rows[0] ?? null;
  }

  async approverName(dossierId: string): Promise<string | null> {
    const rows: { actor_name: string }[] = await this.db.query(
      `SELECT actor_name FROM dossier_event WHERE dossier_id = $1 AND action = 'approve' ORDER BY seq DESC LIMIT 1`,
      [dossierId],
    );
    return rows[0]?.actor_name ?? null;
  }

  /** A page of dossiers (by id, after `afterId`) with their whole event chains, for the audit verifier. */
  async chainsAfter(afterId: string | null, limit: number): Promise<{ id: string; code: string; events: StoredEvent[] }[]> {
    const dossiers: { id: string; code: string }[] = await this.db.query(
      `SELECT id, code FROM dossier WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    if (dossiers.length === 0) return [];
    const rows: {
      id: string; dossier_id: string; seq: number; action: string; from_status: string | null; to_status: string;
      actor_user_id: string | null; actor_name: string; actor_role: string; reason: string | null; payload: unknown;
      occurred_at: Date; prev_hash: string | null; hash: string;
    }[] = await this.db.query(
      `SELECT id, dossier_id, seq, action, from_status, to_status, actor_user_id, actor_name, actor_role, reason, payload,
              occurred_at, prev_hash, hash
         FROM dossier_event WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, seq`,
      [dossiers.map((dossier) => dossier.id)],
    );
    const byDossier = new Map(dossiers.map((dossier) => [dossier.id, { ...dossier, events: [] as StoredEvent[] }]));
    for (const row of rows) {
      byDossier.get(row.dossier_id)?.events.push({
        id: row.id, dossierId: row.dossier_id, seq: row.seq, action: row.action, fromStatus: row.from_status,
        toStatus: row.to_status, actorUserId: row.actor_user_id, actorName: row.actor_name, actorRole: row.actor_role,
        reason: row.reason, payload: row.payload, occurredAt: row.occurred_at, prevHash: row.prev_hash, hash: row.hash,
      });
    }
    return [...byDossier.values()];
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
