import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';

export interface RemindSupplementPayload extends JobPayloadBase {
  /** The supplement request event (action `request_supplement`). */
  eventId: string;
  dossierId: string;
}

/**
 * A reminder of a supplement request the applicant has not answered. Started by the deadline sweep's outbox topic
 * (`dossier.supplement-reminder`, once per request); a request answered or superseded in the meantime sends nothing.
 */
export const REMIND_SUPPLEMENT_JOB = defineJob({
  name: 'notifications.remind-supplement',
  queue: QUEUE_NAMES.dossierEvents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.supplement-reminder',
    when: () => true,
    toPayload: (event, correlationId): RemindSupplementPayload => ({ eventId: event.eventId, dossierId: event.dossierId, correlationId }),
  },
});
