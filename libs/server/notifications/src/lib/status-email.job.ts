import { Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { AppConfig, DEFAULT_JOB_OPTIONS, JobRegistry, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';
import { composeStatusEmail } from './status-email';
import { Mailer } from './mailer';
import { NotificationsRepository } from './notifications.repository';

export interface StatusEmailPayload extends JobPayloadBase {
  dossierId: string;
  eventId: string;
}

/** The applicant is e-mailed when the status changes, and for an apology with a new date (the status stays). */
export const STATUS_EMAIL_JOB = defineJob({
  name: 'notifications.send-status-email',
  queue: QUEUE_NAMES.dossierEvents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.status-changed',
    when: (event) => event.fromStatus !== event.toStatus || event.action === 'apologise',
    toPayload: (event, correlationId): StatusEmailPayload => ({ dossierId: event.dossierId, eventId: event.eventId, correlationId }),
  },
});

const EMAIL_CHANNEL = 'email';

@Injectable()
export class StatusEmailHandler {
  private readonly logger = new Logger(StatusEmailHandler.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Once recorded as sent, never sent again. A crash between sending and recording can repeat one e-mail, with the
   * same Message-ID, which mail clients collapse into one.
   */
  async handle(payload: StatusEmailPayload): Promise<void> {
    const context = await this.notifications.statusEventContext(payload.eventId);
    if (!context) throw new Error(`dossier event ${payload.eventId} not found`);
    if (!(await this.notifications.claim(payload.eventId, EMAIL_CHANNEL, context.applicantEmail))) return;
    const mail = composeStatusEmail({
      applicantName: context.applicantName,
      dossierCode: context.dossierCode,
      procedureName: context.procedureName,
      action: context.action,
      toStatus: context.toStatus,
      reason: context.reason,
      dueAt: context.dueAt,
      detailUrl: `${this.config.PUBLIC_BASE_URL}/ho-so-cua-toi/${context.dossierId}`,
    });
    const domain = new URL(this.config.PUBLIC_BASE_URL).hostname || 'dvc.local';
    await this.mailer.send({ to: context.applicantEmail, ...mail, messageId: `<${payload.eventId}.${EMAIL_CHANNEL}@${domain}>` });
    await this.notifications.markSent(payload.eventId, EMAIL_CHANNEL);
    this.logger.log({ eventId: payload.eventId, correlationId: payload.correlationId }, 'status e-mail sent');
  }
}

/** Worker side of notifications: registers the status e-mail job. */
@Module({ providers: [Mailer, NotificationsRepository, StatusEmailHandler] })
export class NotificationsWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly handler: StatusEmailHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(STATUS_EMAIL_JOB, (payload) => this.handler.handle(payload));
  }
}
