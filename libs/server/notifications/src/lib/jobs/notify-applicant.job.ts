import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';
import { isApplicantNotifiable } from '../notification-kinds';

export interface NotifyApplicantPayload extends JobPayloadBase {
  eventId: string;
  dossierId: string;
}

/**
 * One job per event the applicant hears about (acknowledgement, reception, supplement or payment request, apology,
 * result ready, returned, refused, withdrawn); internal steps start none. The handler re-reads the event, applies
 * the applicant's preferences and sends each channel at most once.
 */
export const NOTIFY_APPLICANT_JOB = defineJob({
  name: 'notifications.notify-applicant',
  queue: QUEUE_NAMES.dossierEvents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.status-changed',
    when: isApplicantNotifiable,
    toPayload: (event, correlationId): NotifyApplicantPayload => ({ eventId: event.eventId, dossierId: event.dossierId, correlationId }),
  },
});
