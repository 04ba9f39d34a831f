import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dvc/server/core';
import { failureCode } from './channels/failure-code';
import { Mailer } from './channels/mailer';
import type { AlertStaffPayload } from './jobs/alert-staff.job';
import { DESK_DOSSIER_PATH } from './notifications.constants';
import type { DeliveryResult } from './notifications.repository';
import { StaffAlertsRepository, type StaffAlertContext, type StaffRecipient } from './staff-alerts.repository';
import { composeStaffAlert } from './templates/staff-alert-template';

/** What one run did per recipient, or why it sent nothing. */
export type StaffAlertOutcome =
  | { skipped: 'resolved' }
  | { deliveries: { userId: string; result: DeliveryResult }[]; unknownRecipients: number };

/**
 * Tells staff of a deadline alert by e-mail: each recipient once per alert (the `staff_alert_delivery` ledger), with
 * a deterministic Message-ID `<alertId.userId@host>` so a resend after a crash is recognisable as the same message.
 * An alert whose dossier finished (or whose step was handed over) before the job ran sends nothing.
 */
@Injectable()
export class StaffAlertNotifier {
  private readonly logger = new Logger(StaffAlertNotifier.name);

  constructor(
    private readonly alerts: StaffAlertsRepository,
    private readonly mailer: Mailer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The alert-staff job. Every recipient is tried; if any failed the run fails (and is retried: the sent are skipped). */
  async alert(payload: AlertStaffPayload): Promise<StaffAlertOutcome> {
    const context = await this.alerts.alertContext(payload.alertId);
    // The alert commits with its outbox row, so a missing one is an error worth retrying and, at worst, a dead letter.
    if (!context) throw new Error(`deadline alert ${payload.alertId} not found`);
    if (context.resolved) return { skipped: 'resolved' };
    const recipients = await this.alerts.recipients(payload.recipientUserIds);
    const deliveries: { userId: string; result: DeliveryResult }[] = [];
    const failures: { userId: string; error: unknown }[] = [];
    for (const recipient of recipients) {
      try {
        const result = await this.alerts.deliverOnce(context.alertId, recipient.userId, () => this.send(context, recipient, new Date(payload.dueAt)));
        deliveries.push({ userId: recipient.userId, result });
      } catch (error) {
        failures.push({ userId: recipient.userId, error });
      }
    }
    const unknownRecipients = new Set(payload.recipientUserIds).size - recipients.length;
    this.logger.log(
      { alertId: context.alertId, dossierId: context.dossierId, kind: context.kind, correlationId: payload.correlationId, deliveries, unknownRecipients, failed: failures.map((failure) => failure.userId) },
      'staff deadline alert',
    );
    if (failures.length > 0) {
      const reasons = failures.map((failure) => `${failure.userId}: ${failureCode(failure.error)}`).join('; ');
      throw new Error(`deadline alert ${context.alertId} failed for ${failures.length} recipient(s) (${reasons})`);
    }
    return { deliveries, unknownRecipients };
  }

  private async send(context: StaffAlertContext, recipient: StaffRecipient, dueAt: Date): Promise<void> {
    const message = composeStaffAlert({
      kind: context.kind,
      recipientName: recipient.fullName,
      dossierCode: context.dossierCode,
      procedureName: context.procedureName,
      applicantName: context.applicantName,
      agencyName: context.agencyName,
      stepName: context.stepName,
      dueAt,
      deskUrl: `${this.config.PUBLIC_BASE_URL}${DESK_DOSSIER_PATH}/${context.dossierId}`,
    });
    await this.mailer.send({
      to: recipient.email, subject: message.subject, text: message.text, messageId: `<${context.alertId}.${recipient.userId}@${this.mailDomain()}>`,
    });
  }

  private mailDomain(): string {
    return new URL(this.config.PUBLIC_BASE_URL).hostname || 'dvc.local';
  }
}
