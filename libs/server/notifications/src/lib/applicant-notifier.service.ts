import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dvc/server/core';
import { failureCode } from './channels/failure-code';
import { Mailer } from './channels/mailer';
import { SmsProvider } from './channels/sms-provider';
import { deliveryPlan, type Delivery } from './delivery-plan';
import type { NotifyApplicantPayload } from './jobs/notify-applicant.job';
import type { RemindSupplementPayload } from './jobs/remind-supplement.job';
import { notificationKindOf } from './notification-kinds';
import { PORTAL_DOSSIER_PATH } from './notifications.constants';
import { NotificationsRepository, type DeliveryResult, type NotificationContext } from './notifications.repository';
import { composeNotification, composeSupplementReminder, type ComposedNotification, type NotificationFacts } from './templates/notification-templates';

/** What one run did, per ledger channel ('email', 'sms', 'email.reminder', 'sms.reminder'), or why it sent nothing. */
export type NotificationOutcome =
  | { skipped: 'not_notifiable' | 'supplement_answered' }
  | { deliveries: { channel: string; result: DeliveryResult }[] };

/**
 * Tells the applicant about their dossier. Each run re-reads the event, so a job that runs twice, late, or after the
 * applicant changed their preferences does the right thing; each channel is sent at most once (the ledger).
 */
@Injectable()
export class ApplicantNotifier {
  private readonly logger = new Logger(ApplicantNotifier.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly sms: SmsProvider,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The notify-applicant job: the message for a notifiable event, on each channel the applicant wants. */
  async notify(payload: NotifyApplicantPayload): Promise<NotificationOutcome> {
    const context = await this.load(payload.eventId);
    const kind = notificationKindOf(context.action);
    if (!kind) return { skipped: 'not_notifiable' };
    return this.deliver(context, composeNotification(kind, this.factsOf(context)), '', payload.correlationId);
  }

  /** The remind-supplement job: only while this request is the dossier's open one. */
  async remindSupplement(payload: RemindSupplementPayload): Promise<NotificationOutcome> {
    const context = await this.load(payload.eventId);
    if (context.action !== 'request_supplement') return { skipped: 'not_notifiable' };
    if (context.dossierStatus !== 'supplement_requested' || context.latestSupplementRequestId !== context.eventId) {
      return { skipped: 'supplement_answered' };
    }
    return this.deliver(context, composeSupplementReminder(this.factsOf(context)), 'reminder', payload.correlationId);
  }

  private async load(eventId: string): Promise<NotificationContext> {
    const context = await this.notifications.eventContext(eventId);
    // The event commits with its outbox row, so a missing one is an error worth retrying and, at worst, a dead letter.
    if (!context) throw new Error(`dossier event ${eventId} not found`);
    return context;
  }

  private factsOf(context: NotificationContext): NotificationFacts {
    return {
      applicantName: context.applicantName,
      dossierCode: context.dossierCode,
      procedureName: context.procedureName,
      agencyName: context.agencyName,
      detailUrl: `${this.config.PUBLIC_BASE_URL}${PORTAL_DOSSIER_PATH}/${context.dossierId}`,
      reason: context.reason,
      dueAt: context.dueAt,
      occurredAt: context.occurredAt,
      fromStatus: context.fromStatus,
      details: context.details,
    };
  }

  /** Every planned channel is tried; if any failed the run fails (and is retried: the sent ones are skipped then). */
  private async deliver(context: NotificationContext, message: ComposedNotification, purpose: string, correlationId: string | null): Promise<NotificationOutcome> {
    const deliveries: { channel: string; result: DeliveryResult }[] = [];
    const failures: { channel: string; error: unknown }[] = [];
    for (const delivery of deliveryPlan(context.preferences, context.contact)) {
      const channel = purpose ? `${delivery.channel}.${purpose}` : delivery.channel;
      try {
        const result = await this.notifications.deliverOnce(context.eventId, channel, delivery.to, () => this.send(delivery, channel, context.eventId, message));
        deliveries.push({ channel, result });
      } catch (error) {
        failures.push({ channel, error });
      }
    }
    this.logger.log(
      { eventId: context.eventId, dossierId: context.dossierId, correlationId, deliveries, failed: failures.map((failure) => failure.channel) },
      'applicant notification',
    );
    if (failures.length > 0) {
      const reasons = failures.map((failure) => `${failure.channel}: ${failureCode(failure.error)}`).join('; ');
      throw new Error(`notification of event ${context.eventId} failed (${reasons})`);
    }
    return { deliveries };
  }

  private async send(delivery: Delivery, channel: string, eventId: string, message: ComposedNotification): Promise<void> {
    switch (delivery.channel) {
      case 'email':
        return this.mailer.send({ to: delivery.to, subject: message.subject, text: message.text, messageId: `<${eventId}.${channel}@${this.mailDomain()}>` });
      case 'sms':
        return this.sms.send({ to: delivery.to, text: message.sms, idempotencyKey: `${eventId}.${channel}` });
    }
  }

  private mailDomain(): string {
    return new URL(this.config.PUBLIC_BASE_URL).hostname || 'dvc.local';
  }
}
