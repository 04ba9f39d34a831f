import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SyncContext } from './sync-message';

type HistoryRow = SyncContext['history'][number];

/** What a sync message is built from, and the ledger that makes each event's message go out once. */
@Injectable()
export class SyncRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async context(eventId: string): Promise<SyncContext | null> {
    const rows: {
      event_id: string; seq: number; action: HistoryRow['action']; from_status: SyncContext['event']['fromStatus'];
      to_status: SyncContext['event']['toStatus']; occurred_at: Date; dossier_id: string;
    }[] = await this.db.query(
      `SELECT id AS event_id, seq, action, from_status, to_status, occurred_at, dossier_id FROM dossier_event WHERE id = $1`,
      [eventId],
    );
    const event = rows[0];
    if (!event) return null;
    const [dossiers, files, history] = await Promise.all([
      this.db.query(
        `SELECT d.code, d.procedure_code, d.procedure_name, pv.sector_code, s.name AS sector_name, d.channel, d.form_data,
                d.submitted_at, d.received_at, d.due_at, d.returned_at, d.finished_at, d.status, d.return_method,
                a.code AS receiving_agency_code, a.name AS receiving_agency_name, pa.code AS processing_agency_code,
                pa.name AS processing_agency_name, d.source, d.external_id, pv.fees,
                u.id AS user_id, u.full_name, u.personal_id
           FROM dossier d JOIN procedure_version pv ON pv.id = d.procedure_version_id JOIN sector s ON s.code = pv.sector_code
           JOIN agency a ON a.id = d.agency_id JOIN agency pa ON pa.id = d.processing_agency_id
           JOIN user_account u ON u.id = d.applicant_user_id
          WHERE d.id = $1`,
        [event.dossier_id],
      ) as Promise<Record<string, never>[]>,
      this.db.query(
        `SELECT sf.file_name AS name, df.component_code AS "componentCode", df.kind
           FROM dossier_file df JOIN stored_file sf ON sf.id = df.stored_file_id WHERE df.dossier_id = $1 ORDER BY df.created_at`,
        [event.dossier_id],
      ) as Promise<SyncContext['files']>,
      this.db.query(
        `SELECT seq, action, to_status AS "toStatus", actor_name AS "actorName", actor_role AS "actorRole", occurred_at AS "occurredAt",
                reason, payload->'items' AS items, payload->>'previousDueAt' AS "previousDueAt", payload->>'newDueAt' AS "newDueAt"
           FROM dossier_event WHERE dossier_id = $1 AND seq <= $2 ORDER BY seq`,
        [event.dossier_id, event.seq],
      ) as Promise<(Omit<HistoryRow, 'agencyName'> & { items: string[] | null; newDueAt: string | null })[]>,
    ]);
    const row = dossiers[0] as Record<string, unknown> | undefined;
    if (!row) return null;
    const agencyOf = (role: string) => (role === 'desk_officer' ? String(row['receiving_agency_name']) : role === 'citizen' ? '' : String(row['processing_agency_name']));
    return {
      event: { id: event.event_id, seq: event.seq, action: event.action, fromStatus: event.from_status, toStatus: event.to_status, occurredAt: event.occurred_at },
      dossier: {
        code: row['code'] as string, procedureCode: row['procedure_code'] as string, procedureName: row['procedure_name'] as string,
        sectorCode: row['sector_code'] as string, sectorName: row['sector_name'] as string, channel: row['channel'] as SyncContext['dossier']['channel'],
        formData: row['form_data'] as Record<string, string>, submittedAt: row['submitted_at'] as Date, receivedAt: row['received_at'] as Date | null,
        dueAt: row['due_at'] as Date | null, returnedAt: row['returned_at'] as Date | null, finishedAt: row['finished_at'] as Date | null,
        status: row['status'] as SyncContext['dossier']['status'], returnMethod: row['return_method'] as SyncContext['dossier']['returnMethod'],
        receivingAgencyCode: row['receiving_agency_code'] as string, processingAgencyCode: row['processing_agency_code'] as string,
        processingAgencyName: row['processing_agency_name'] as string, source: row['source'] as SyncContext['dossier']['source'],
        externalId: row['external_id'] as string | null,
      },
      applicant: { userId: row['user_id'] as string, name: row['full_name'] as string, personalId: row['personal_id'] as string | null },
      files,
      fees: (row['fees'] as { code: string; name: string; amount: number }[]).map(({ code, name, amount }) => ({ code, name, amount })),
      history: history.map((entry) => ({
        ...entry, agencyName: agencyOf(entry.actorRole), items: entry.items ?? undefined, newDueAt: entry.newDueAt ?? undefined,
      })),
    };
  }

  /** Records an attempt to send this event's message; false when it was already sent. */
  async claim(eventId: string, dossierId: string): Promise<boolean> {
    const rows: { status: 'sending' | 'sent' }[] = await this.db.query(
      `INSERT INTO national_sync (dossier_event_id, dossier_id, status, attempts) VALUES ($1, $2, 'sending', 1)
       ON CONFLICT (dossier_event_id) DO UPDATE SET attempts = national_sync.attempts + 1 RETURNING status`,
      [eventId, dossierId],
    );
    return rows[0]?.status !== 'sent';
  }

  async markSent(eventId: string): Promise<void> {
    await this.db.query(`UPDATE national_sync SET status = 'sent', sent_at = now(), last_error = NULL WHERE dossier_event_id = $1`, [eventId]);
  }

  async recordError(eventId: string, error: string): Promise<void> {
    await this.db.query(`UPDATE national_sync SET last_error = $2 WHERE dossier_event_id = $1`, [eventId, error.slice(0, 1000)]);
  }
}
