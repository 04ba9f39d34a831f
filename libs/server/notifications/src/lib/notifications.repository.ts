import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DossierEventKind, DossierStatus } from '@dvc/shared/domain';
import type { EventDetails } from '@dvc/shared/contracts';
import type { ApplicantContact, NotificationPreferences } from './delivery-plan';

/** One dossier event with what a notification about it needs: the dossier, the applicant and their preferences. */
export interface NotificationContext {
  eventId: string;
  action: DossierEventKind;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  reason: string | null;
  details: EventDetails;
  occurredAt: Date;
  dossierId: string;
  dossierCode: string;
  dossierStatus: DossierStatus;
  procedureName: string;
  agencyName: string;
  dueAt: Date | null;
  /** The dossier's most recent supplement request: a reminder of an older one is moot. */
  latestSupplementRequestId: string | null;
  applicantName: string;
  contact: ApplicantContact;
  /** Null when the applicant never saved preferences (the defaults apply). */
  preferences: NotificationPreferences | null;
}

interface ContextRow {
  eventId: string;
  action: DossierEventKind;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  reason: string | null;
  payload: (EventDetails & { clock?: unknown }) | null;
  occurredAt: Date;
  dossierId: string;
  dossierCode: string;
  dossierStatus: DossierStatus;
  procedureName: string;
  agencyName: string;
  dueAt: Date | null;
  latestSupplementRequestId: string | null;
  applicantName: string;
  email: string | null;
  phone: string | null;
  prefEmail: boolean | null;
  prefSms: boolean | null;
}

export type DeliveryResult = 'sent' | 'already_sent';

/**
 * The notification ledger: one row per (event, channel). A row is written 'sending' before the send and turned
 * 'sent' after it, under a row lock held across the send, so two runs of the same job never both send; once 'sent',
 * nothing is sent again. A crash between the provider's accept and the update leaves 'sending': the retry sends the
 * same message again (same Message-ID / idempotency key), which providers and mail clients recognise.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async eventContext(eventId: string): Promise<NotificationContext | null> {
    const rows: ContextRow[] = await this.db.query(
      `SELECT e.id AS "eventId", e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.payload,
              e.occurred_at AS "occurredAt", d.id AS "dossierId", d.code AS "dossierCode", d.status AS "dossierStatus",
              d.procedure_name AS "procedureName", a.name AS "agencyName", d.due_at AS "dueAt",
              (SELECT s.id FROM dossier_event s WHERE s.dossier_id = d.id AND s.action = 'request_supplement'
                ORDER BY s.seq DESC LIMIT 1) AS "latestSupplementRequestId",
              u.full_name AS "applicantName", u.email, u.phone, p.email AS "prefEmail", p.sms AS "prefSms"
         FROM dossier_event e
         JOIN dossier d ON d.id = e.dossier_id
         JOIN agency a ON a.id = d.agency_id
         JOIN user_account u ON u.id = d.applicant_user_id
         LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE e.id = $1`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return null;
    const { clock: _clock, ...details } = row.payload ?? {};
    return {
      eventId: row.eventId,
      action: row.action,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      reason: row.reason,
      details,
      occurredAt: row.occurredAt,
      dossierId: row.dossierId,
      dossierCode: row.dossierCode,
      dossierStatus: row.dossierStatus,
      procedureName: row.procedureName,
      agencyName: row.agencyName,
      dueAt: row.dueAt,
      latestSupplementRequestId: row.latestSupplementRequestId,
      applicantName: row.applicantName,
      contact: { email: row.email, phone: row.phone },
      preferences: row.prefEmail === null || row.prefSms === null ? null : { email: row.prefEmail, sms: row.prefSms },
    };
  }

  /**
   * Runs `send` unless this (event, channel) was already sent, and records it sent. Concurrent runs queue on the
   * ledger row (bounded by lock_timeout, after which the job fails and is retried) and find it sent.
   */
  async deliverOnce(eventId: string, channel: string, recipient: string, send: () => Promise<void>): Promise<DeliveryResult> {
    await this.db.query(
      `INSERT INTO notification (dossier_event_id, channel, recipient, status) VALUES ($1, $2, $3, 'sending')
       ON CONFLICT (dossier_event_id, channel) DO NOTHING`,
      [eventId, channel, recipient],
    );
    return this.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = '60s'`);
      const rows: { status: 'sending' | 'sent' }[] = await manager.query(
        `SELECT status FROM notification WHERE dossier_event_id = $1 AND channel = $2 FOR UPDATE`,
        [eventId, channel],
      );
      if (rows[0]?.status === 'sent') return 'already_sent';
      await send();
      await manager.query(
        `UPDATE notification SET status = 'sent', sent_at = now(), recipient = $3 WHERE dossier_event_id = $1 AND channel = $2`,
        [eventId, channel, recipient],
      );
      return 'sent';
    });
  }
}
