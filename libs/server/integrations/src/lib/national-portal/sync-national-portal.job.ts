import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';
import { NationalPortalClient } from './national-portal.client';
import { buildSyncMessage } from './sync-message';
import { SyncRepository } from './sync.repository';

export interface SyncNationalPortalPayload extends JobPayloadBase {
  dossierId: string;
  eventId: string;
}

/** Every status change (and an apology's new date) goes to the national portal: integrations.md asks within 10 minutes. */
export const SYNC_NATIONAL_PORTAL_JOB = defineJob({
  name: 'integrations.sync-national-portal',
  queue: QUEUE_NAMES.dossierEvents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.status-changed',
    when: (event) => event.fromStatus !== event.toStatus || event.action === 'apologise',
    toPayload: (event, correlationId): SyncNationalPortalPayload => ({ dossierId: event.dossierId, eventId: event.eventId, correlationId }),
  },
});

@Injectable()
export class SyncNationalPortalHandler {
  private readonly logger = new Logger(SyncNationalPortalHandler.name);

  constructor(
    private readonly repository: SyncRepository,
    private readonly client: NationalPortalClient,
  ) {}

  /** Idempotent: an event whose message was recorded as sent is skipped; a resend carries the same Idempotency-Key. */
  async handle(payload: SyncNationalPortalPayload, now = new Date()): Promise<void> {
    if (!(await this.repository.claim(payload.eventId, payload.dossierId))) return;
    const context = await this.repository.context(payload.eventId);
    if (!context) throw new Error(`dossier event ${payload.eventId} not found`);
    try {
      await this.client.send(buildSyncMessage(context, now));
    } catch (error) {
      await this.repository.recordError(payload.eventId, error instanceof Error ? error.message : String(error));
      throw error;
    }
    await this.repository.markSent(payload.eventId);
    this.logger.log({ eventId: payload.eventId, correlationId: payload.correlationId }, 'national portal synced');
  }
}
