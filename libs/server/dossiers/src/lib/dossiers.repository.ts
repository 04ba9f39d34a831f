import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ClockEvent, DossierEventKind, DossierStatus, FinishedClass, LocalDate, ReturnMethod, UserRole } from '@dvc/shared/domain';
import { dossierEventHash, type StoredEvent } from './audit/event-hash';
import type { DossierRow, EventPayload, EventRow, FileRow, StepRow } from './dossier-views';

const DOSSIER_COLUMNS = `d.id, d.code, d.tracking_secret, d.procedure_version_id, d.procedure_code, d.procedure_name,
  d.applicant_user_id, d.applicant_name, d.agency_id, a.name AS agency_name, a.code AS agency_code, a.successor_id AS agency_successor_id,
  d.processing_agency_id, pa.name AS processing_agency_name, d.assignee_user_id, au.full_name AS assignee_name,
  d.channel, d.status, d.paused_from_status, d.form_data, d.submitted_at, d.received_at, d.due_at, d.finished_at,
  d.returned_at, d.return_method, d.finish_class, d.version`;
const DOSSIER_FROM = `dossier d JOIN agency a ON a.id = d.agency_id JOIN agency pa ON pa.id = d.processing_agency_id
  LEFT JOIN user_account au ON au.id = d.assignee_user_id`;

export interface TrackingRow {
  code: string;
  tracking_secret: string;
  procedure_name: string;
  agency_name: string;
  status: DossierStatus;
  applicant_name: string;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  /** `occurredAt` as PostgreSQL writes a timestamptz in JSON. */
  events: { toStatus: DossierStatus; occurredAt: string }[];
}

export interface NewEvent {
  dossierId: string;
  action: DossierEventKind;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actorUserId: string | null;
  actorName: string;
  actorRole: UserRole | 'system';
  reason: string | null;
  payload: EventPayload;
  occurredAt: Date;
}

/**
 * Changes to a dossier's columns, applied only when the version still matches. A key that is absent keeps the
 * column; a key set to null clears it (the due date is null while the clock is paused).
 */
export interface StateChange {
  status: DossierStatus;
  pausedFromStatus: DossierStatus | null;
  receivedAt?: Date;
  dueAt?: Date | null;
  finishedAt?: Date;
  finishClass?: FinishedClass | null;
  processingAgencyId?: string;
  assigneeUserId?: string | null;
  returnedAt?: Date;
  returnMethod?: ReturnMethod;
}

const STATE_COLUMNS: Record<Exclude<keyof StateChange, 'status' | 'pausedFromStatus'>, string> = {
  receivedAt: 'received_at',
  dueAt: 'due_at',
  finishedAt: 'finished_at',
  finishClass: 'finish_class',
  processingAgencyId: 'processing_agency_id',
  assigneeUserId: 'assignee_user_id',
  returnedAt: 'returned_at',
  returnMethod: 'return_method',
};

export interface NewStep {
  dossierId: string;
  kind: 'process' | 'consultation';
  templateIndex: number | null;
  code: string;
  name: string;
  role: string;
  agencyId: string;
  assigneeUserId: string | null;
  handedOverBy: string | null;
  startedAt: Date;
  dueAt: Date | null;
  countsTowardDeadline: boolean;
  note?: string | null;
}

export interface TrackingBookRow {
  code: string;
  procedure_name: string;
  applicant_name: string;
  applicant_phone: string | null;
  processing_agency_name: string;
  received_at: Date;
  due_at: Date | null;
  returned_at: Date | null;
  status: DossierStatus;
  transferred_at: Date | null;
  back_at: Date | null;
}

/** Where a dossier was filed: this portal, the national portal (with its id), or the counter. */
export interface DossierOrigin {
  source: 'portal' | 'national_portal' | 'counter';
  externalId: string | null;
}

/** An open dossier whose clock has started: what the deadline recomputation needs. */
export interface OpenDossierClock {
  id: string;
  version: number;
  status: DossierStatus;
  processing_agency_id: string;
  procedure_version_id: string;
  due_at: Date | null;
}

/** Dossier SQL. Hot reads are hand-written queries (one round trip each); writes run in the caller's transaction. */
@Injectable()
export class DossiersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<DossierRow | null> {
    const rows: DossierRow[] = await manager.query(
      `SELECT ${DOSSIER_COLUMNS} FROM ${DOSSIER_FROM} WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findIdByExternalId(source: DossierOrigin['source'], externalId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM dossier WHERE source = $1 AND external_id = $2`, [source, externalId]);
    return rows[0]?.id ?? null;
  }

  /**
   * What the public lookup shows, with the status history, in one round trip and a statement PostgreSQL plans once
   * per connection (the lookup is the busiest public read after the catalogue).
   */
  async findForTracking(code: string): Promise<TrackingRow | null> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const result = await pool.query<TrackingRow>({
      name: 'dossier-tracking-v1',
      text: `SELECT d.code, d.tracking_secret, d.procedure_name, a.name AS agency_name, d.status, d.applicant_name,
                    d.submitted_at, d.received_at, d.due_at, d.finished_at,
                    coalesce((SELECT json_agg(json_build_object('toStatus', e.to_status, 'occurredAt', e.occurred_at) ORDER BY e.seq)
                                FROM dossier_event e WHERE e.dossier_id = d.id), '[]'::json) AS events
               FROM dossier d JOIN agency a ON a.id = d.agency_id
              WHERE d.code = $1`,
      values: [code],
    });
    return result.rows[0] ?? null;
  }

  async events(dossierId: string): Promise<EventRow[]> {
    return this.db.query(
      `SELECT id, seq, action, from_status, to_status, actor_name, actor_role, reason, payload, occurred_at
         FROM dossier_event WHERE dossier_id = $1 ORDER BY seq`,
      [dossierId],
    );
  }

  /** The dossier's legal-clock events, in order, as recorded in its history. */
  async clockEvents(dossierId: string, manager: EntityManager = this.db.manager): Promise<ClockEvent[]> {
    const rows: { clock: NonNullable<EventPayload['clock']> }[] = await manager.query(
      `SELECT payload->'clock' AS clock FROM dossier_event WHERE dossier_id = $1 AND payload ? 'clock' ORDER BY seq`,
      [dossierId],
    );
    return rows.map(({ clock }) => toClockEvent(clock));
  }

  async files(dossierId: string): Promise<FileRow[]> {
    return this.db.query(
      `SELECT df.id, df.stored_file_id, df.component_code, df.kind, sf.file_name, sf.content_type, sf.size_bytes, sf.sha256,
              sf.storage_key, df.check_status, df.check_detail
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
      // A merged (closed) receiving agency's dossiers are its successor's desk's to finish.
      conditions.push(
        `(d.agency_id = ANY($${params.length}::uuid[]) OR d.processing_agency_id = ANY($${params.length}::uuid[]) OR a.successor_id = ANY($${params.length}::uuid[]))`,
      );
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
      `SELECT ${DOSSIER_COLUMNS}, count(*) OVER () AS total FROM ${DOSSIER_FROM}
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
    } & DossierOrigin,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO dossier (code, tracking_secret, procedure_version_id, procedure_code, procedure_name, applicant_user_id,
                            applicant_name, agency_id, processing_agency_id, channel, status, form_data, submitted_at, source, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 'online', 'submitted', $9, $10, $11, $12) RETURNING id`,
      [
        dossier.code, dossier.trackingSecret, dossier.procedureVersionId, dossier.procedureCode, dossier.procedureName,
        dossier.applicantUserId, dossier.applicantName, dossier.agencyId, JSON.stringify(dossier.formData), dossier.submittedAt,
        dossier.source, dossier.externalId,
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
      `INSERT INTO dossier_file (dossier_id, stored_file_id, kind, check_status, checked_at) VALUES ($1, $2, 'result', 'passed', now())
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
    const params: unknown[] = [id, version, change.status, change.pausedFromStatus];
    const sets = ['status = $3', 'paused_from_status = $4'];
    for (const [key, column] of Object.entries(STATE_COLUMNS) as [keyof typeof STATE_COLUMNS, string][]) {
      if (change[key] === undefined) continue;
      params.push(change[key]);
      sets.push(`${column} = $${params.length}`);
    }
    const result: [unknown[], number] = await manager.query(
      `UPDATE dossier SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
      params,
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

  async steps(dossierId: string): Promise<StepRow[]> {
    return this.db.query(
      `SELECT s.id, s.seq, s.kind, s.template_index, s.code, s.name, s.role, s.agency_id, a.name AS agency_name,
              s.assignee_user_id, u.full_name AS assignee_name, s.handed_over_by, s.started_at, s.due_at,
              s.counts_toward_deadline, s.finished_at, s.finished_by, s.outcome, s.note
         FROM dossier_step s JOIN agency a ON a.id = s.agency_id LEFT JOIN user_account u ON u.id = s.assignee_user_id
        WHERE s.dossier_id = $1 ORDER BY s.seq`,
      [dossierId],
    );
  }

  /** The template index of the latest internal-process step opened, or null before the first. */
  async lastOpenedTemplateIndex(dossierId: string): Promise<number | null> {
    const rows: { template_index: number | null }[] = await this.db.query(
      `SELECT template_index FROM dossier_step WHERE dossier_id = $1 AND kind = 'process' ORDER BY seq DESC LIMIT 1`,
      [dossierId],
    );
    return rows[0]?.template_index ?? null;
  }

  async openConsultation(dossierId: string): Promise<{ started_at: Date; counts_toward_deadline: boolean } | null> {
    const rows: { started_at: Date; counts_toward_deadline: boolean }[] = await this.db.query(
      `SELECT started_at, counts_toward_deadline FROM dossier_step
        WHERE dossier_id = $1 AND kind = 'consultation' AND finished_at IS NULL ORDER BY seq DESC LIMIT 1`,
      [dossierId],
    );
    return rows[0] ?? null;
  }

  async openProcessStep(dossierId: string): Promise<{ due_at: Date | null } | null> {
    const rows: { due_at: Date | null }[] = await this.db.query(
      `SELECT due_at FROM dossier_step WHERE dossier_id = $1 AND kind = 'process' AND finished_at IS NULL ORDER BY seq DESC LIMIT 1`,
      [dossierId],
    );
    return rows[0] ?? null;
  }

  /** The latest supplement request of a dossier (what the applicant must provide). */
  async lastSupplementRequest(dossierId: string): Promise<{ reason: string | null; items: string[] | null; occurred_at: Date } | null> {
    const rows: { reason: string | null; items: string[] | null; occurred_at: Date }[] = await this.db.query(
      `SELECT reason, payload->'items' AS items, occurred_at FROM dossier_event
        WHERE dossier_id = $1 AND action = 'request_supplement' ORDER BY seq DESC LIMIT 1`,
      [dossierId],
    );
    return rows[0] ?? null;
  }

  async insertStep(manager: EntityManager, step: NewStep): Promise<void> {
    await manager.query(
      `INSERT INTO dossier_step (dossier_id, seq, kind, template_index, code, name, role, agency_id, assignee_user_id,
                                 handed_over_by, started_at, due_at, counts_toward_deadline, note)
       VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM dossier_step WHERE dossier_id = $1), $2, $3, $4, $5, $6, $7, $8,
               $9, $10, $11, $12, $13)`,
      [
        step.dossierId, step.kind, step.templateIndex, step.code, step.name, step.role, step.agencyId, step.assigneeUserId,
        step.handedOverBy, step.startedAt, step.dueAt, step.countsTowardDeadline, step.note ?? null,
      ],
    );
  }

  /** Closes the open steps of one kind (the holder handed the dossier on), each with its own outcome. */
  async closeOpenSteps(
    manager: EntityManager,
    dossierId: string,
    kind: 'process' | 'consultation',
    finishedAt: Date,
    finishedBy: string,
    note: string | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE dossier_step SET finished_at = $3, finished_by = $4, note = coalesce($5, note),
              outcome = CASE WHEN due_at IS NULL THEN NULL WHEN $3 > due_at THEN 'late'
                             WHEN ($3 AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'on_time'
                             ELSE 'early' END
        WHERE dossier_id = $1 AND kind = $2 AND finished_at IS NULL`,
      [dossierId, kind, finishedAt, finishedBy, note],
    );
  }

  async setOpenStepAssignee(manager: EntityManager, dossierId: string, assigneeUserId: string): Promise<void> {
    await manager.query(
      `UPDATE dossier_step SET assignee_user_id = $2 WHERE dossier_id = $1 AND kind = 'process' AND finished_at IS NULL`,
      [dossierId, assigneeUserId],
    );
  }

  async extendOpenProcessStep(manager: EntityManager, dossierId: string, dueAt: Date): Promise<void> {
    await manager.query(
      `UPDATE dossier_step SET due_at = $2 WHERE dossier_id = $1 AND kind = 'process' AND finished_at IS NULL`,
      [dossierId, dueAt],
    );
  }

  /**
   * Moves the open (unfinished) dossiers an agency processes to another, locking them; the due date, the code, the
   * receiving agency (whose header is on the receipt issued) and the assignee stay. Returns what moved, for the history.
   */
  async moveOpenProcessing(manager: EntityManager, fromAgencyId: string, toAgencyId: string): Promise<{ id: string; status: DossierStatus }[]> {
    const [rows]: [{ id: string; status: DossierStatus }[], number] = await manager.query(
      `UPDATE dossier SET processing_agency_id = $2, version = version + 1, updated_at = now()
        WHERE processing_agency_id = $1 AND finished_at IS NULL RETURNING id, status`,
      [fromAgencyId, toAgencyId],
    );
    return rows;
  }

  /** Staff of an agency with a given role, for assignment lists. */
  async staffOf(agencyId: string, role: UserRole): Promise<{ id: string; full_name: string; role: UserRole }[]> {
    return this.db.query(
      `SELECT u.id, u.full_name, u.role FROM user_account u JOIN user_agency ua ON ua.user_id = u.id
        WHERE ua.agency_id = $1 AND u.role = $2 ORDER BY u.full_name`,
      [agencyId, role],
    );
  }

  /** A page of open dossiers whose clock has started, by id after `afterId`: what a calendar change may move. */
  async openClocksAfter(afterId: string | null, limit: number): Promise<OpenDossierClock[]> {
    return this.db.query(
      `SELECT id, version, status, processing_agency_id, procedure_version_id, due_at FROM dossier
        WHERE received_at IS NOT NULL AND finished_at IS NULL AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async openClock(id: string): Promise<OpenDossierClock | null> {
    const rows: OpenDossierClock[] = await this.db.query(
      `SELECT id, version, status, processing_agency_id, procedure_version_id, due_at FROM dossier
        WHERE id = $1 AND received_at IS NOT NULL AND finished_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Sets a recomputed due date if the dossier has not changed meanwhile (the caller records why in the history). */
  async setDueAt(manager: EntityManager, id: string, version: number, dueAt: Date | null): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE dossier SET due_at = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
      [id, version, dueAt],
    );
    return result[1] === 1;
  }

  /** An agency's name with its parent's, for form headers. */
  async agencyHeader(agencyId: string): Promise<{ name: string; parent_name: string | null } | null> {
    const rows: { name: string; parent_name: string | null }[] = await this.db.query(
      `SELECT a.name, p.name AS parent_name FROM agency a LEFT JOIN agency p ON p.id = a.parent_id WHERE a.id = $1`,
      [agencyId],
    );
    return rows[0] ?? null;
  }

  /** The tracking book (Mẫu 07): dossiers an agency received in a period, with their hand-over dates, in code order. */
  async trackingBook(agencyId: string, from: Date, to: Date): Promise<TrackingBookRow[]> {
    return this.db.query(
      `SELECT d.code, d.procedure_name, d.applicant_name, u.phone AS applicant_phone, pa.name AS processing_agency_name,
              d.received_at, d.due_at, d.returned_at, d.status,
              (SELECT min(occurred_at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.action IN ('transfer', 'claim', 'reassign')) AS transferred_at,
              (SELECT max(occurred_at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.to_status = 'result_ready') AS back_at
         FROM dossier d JOIN agency pa ON pa.id = d.processing_agency_id JOIN user_account u ON u.id = d.applicant_user_id
        WHERE d.agency_id = $1 AND d.received_at >= $2 AND d.received_at < $3
        ORDER BY d.received_at, d.code`,
      [agencyId, from, to],
    );
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

  async applicantContact(dossierId: string): Promise<{ email: string; full_name: string; phone: string | null } | null> {
    const rows: { email: string; full_name: string; phone: string | null }[] = await this.db.query(
      `SELECT u.email, u.full_name, u.phone FROM dossier d JOIN user_account u ON u.id = d.applicant_user_id WHERE d.id = $1`,
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

function toClockEvent(clock: NonNullable<EventPayload['clock']>): ClockEvent {
  const at = new Date(clock.at);
  switch (clock.kind) {
    case 'paused':
      return { kind: 'paused', at, reason: (clock.reason ?? 'supplement') as Extract<ClockEvent, { kind: 'paused' }>['reason'] };
    case 'extended':
      return { kind: 'extended', at, newDueAt: new Date(clock.newDueAt ?? clock.at) };
    case 'started':
    case 'resumed':
    case 'restarted':
    case 'finished':
      return { kind: clock.kind, at };
    default:
      throw new Error(`Unknown clock event "${clock.kind}" in a dossier's history`);
  }
}
