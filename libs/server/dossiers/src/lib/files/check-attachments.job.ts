import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase, type OutboxPayloads } from '@dvc/server/core';

export interface CheckAttachmentsPayload extends JobPayloadBase {
  dossierId: string;
  /** The submission (or supplement) event that brought the files in. */
  eventId: string;
}

/** The actions that bring attachments into a dossier. */
export const ACTIONS_WITH_ATTACHMENTS: readonly OutboxPayloads['dossier.status-changed']['action'][] = ['submit', 'submit_supplement'];

/**
 * After a submission or a supplement, every attachment of the dossier not yet checked is checked off the request path:
 * real type and size against its component, unchanged since the upload, and a virus scan when clamd is configured.
 * A failure is flagged on the file for the one-stop desk; a clamd that does not answer fails the attempt (retried).
 */
export const CHECK_ATTACHMENTS_JOB = defineJob({
  name: 'files.check-attachments',
  queue: QUEUE_NAMES.files,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.status-changed',
    when: (event) => ACTIONS_WITH_ATTACHMENTS.includes(event.action),
    toPayload: (event, correlationId): CheckAttachmentsPayload => ({ dossierId: event.dossierId, eventId: event.eventId, correlationId }),
  },
});
