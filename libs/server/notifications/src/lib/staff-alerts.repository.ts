import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DeliveryResult } from './notifications.repository';
import type { StaffAlertKind } from './templates/staff-alert-template';

/** A deadline alert with what its message needs: the dossier, the step it is about (if any), and whether it is moot. */
export interface StaffAlertContext {
  alertId: string;
  kind: StaffAlertKind;
  dossierId: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  agencyName: string;
  stepName: string | null;
  /** The dossier is finished, or the step the alert is about was handed over: nobody needs telling any more. */
  resolved: boolean;
}

export interface StaffRecipient {
  userId: string;
  email: string;
  fullName: string;
}

/**
 * Deadline alerts to staff and their ledger `staff_alert_delivery`: one row per (alert, user), written 'sending'
 * before the send and turned 'sent' after it under a row lock held across the send, so two runs never both send.
 */
@Injectable()
export class StaffAlertsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async alertContext(alertId: string): Promise<StaffAlertContext | null> {
    // The sweep keys a step alert `<step id>@<due>` and a dossier alert `dossier@<due>`.
    const rows: (Omit<StaffAlertContext, 'resolved'> & { dossierFinished: boolean; stepFinished: boolean | null })[] = await this.db.query(
      `SELECT a.id AS "alertId", a.kind, d.id AS "dossierId", d.code AS "dossierCode", d.procedure_name AS "procedureName",
              d.applicant_name AS "applicantName", pa.name AS "agencyName", s.name AS "stepName",
              d.finished_at IS NOT NULL AS "dossierFinished", s.finished_at IS NOT NULL AS "stepFinished"
         FROM deadline_alert a
         JOIN dossier d ON d.id = a.dossier_id
         JOIN agency pa ON pa.id = d.processing_agency_id
         LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.id::text = split_part(a.subject_key, '@', 1)
        WHERE a.id = $1`,
      [alertId],
    );
    const row = rows[0];
    if (!row) return null;
    const { dossierFinished, stepFinished, ...context } = row;
    const isStepAlert = row.kind === 'step_at_risk' || row.kind === 'step_overdue';
    return { ...context, resolved: dossierFinished || (isStepAlert && stepFinished === true) };
  }

  /** The staff accounts among `userIds` (ids of deleted accounts are left out). */
  async recipients(userIds: readonly string[]): Promise<StaffRecipient[]> {
    if (userIds.length === 0) return [];
    return this.db.query(
      `SELECT id AS "userId", email, full_name AS "fullName" FROM user_account WHERE id = ANY($1::uuid[]) AND role <> 'citizen' ORDER BY id`,
      [userIds],
    );
  }

  /**
   * Runs `send` unless this (alert, user) was already sent, and records it sent. Concurrent runs queue on the ledger
   * row (bounded by lock_timeout, after which the job fails and is retried) and find it sent.
   */
  async deliverOnce(alertId: string, userId: string, send: () => Promise<void>): Promise<DeliveryResult> {
    await this.db.query(
      `INSERT INTO staff_alert_delivery (alert_id, user_id, status) VALUES ($1, $2, 'sending') ON CONFLICT (alert_id, user_id) DO NOTHING`,
      [alertId, userId],
    );
    return this.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = '60s'`);
      const rows: { status: 'sending' | 'sent' }[] = await manager.query(
        `SELECT status FROM staff_alert_delivery WHERE alert_id = $1 AND user_id = $2 FOR UPDATE`,
        [alertId, userId],
      );
      if (rows[0]?.status === 'sent') return 'already_sent';
      await send();
      await manager.query(`UPDATE staff_alert_delivery SET status = 'sent', sent_at = now() WHERE alert_id = $1 AND user_id = $2`, [alertId, userId]);
      return 'sent';
    });
  }
}
