import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DossierAction, DossierStatus } from '@dvc/shared/domain';

export interface StatusEventContext {
  action: DossierAction;
  toStatus: DossierStatus;
  reason: string | null;
  dossierId: string;
  dossierCode: string;
  procedureName: string;
  dueAt: Date | null;
  applicantEmail: string;
  applicantName: string;
}

/** The notification ledger: one row per (event, channel), so a repeated job sends nothing twice once recorded. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async statusEventContext(eventId: string): Promise<StatusEventContext | null> {
    const rows: StatusEventContext[] = await this.db.query(
      `SELECT e.action, e.to_status AS "toStatus", e.reason, d.id AS "dossierId", d.code AS "dossierCode",
              d.procedure_name AS "procedureName", d.due_at AS "dueAt", u.email AS "applicantEmail", u.full_name AS "applicantName"
         FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id JOIN user_account u ON u.id = d.applicant_user_id
        WHERE e.id = $1`,
      [eventId],
    );
    return rows[0] ?? null;
  }

  /** Records the intent to notify; returns false when this notification was already sent. */
  async claim(eventId: string, channel: string, recipient: string): Promise<boolean> {
    const rows: { status: 'sending' | 'sent' }[] = await this.db.query(
      `INSERT INTO notification (dossier_event_id, channel, recipient, status) VALUES ($1, $2, $3, 'sending')
       ON CONFLICT (dossier_event_id, channel) DO UPDATE SET recipient = EXCLUDED.recipient
       RETURNING status`,
      [eventId, channel, recipient],
    );
    return rows[0]?.status !== 'sent';
  }

  async markSent(eventId: string, channel: string): Promise<void> {
    await this.db.query(
      `UPDATE notification SET status = 'sent', sent_at = now() WHERE dossier_event_id = $1 AND channel = $2`,
      [eventId, channel],
    );
  }
}
