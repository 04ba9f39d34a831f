import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase, type OutboxPayloads } from '@dvc/server/core';

export interface AlertStaffPayload extends JobPayloadBase {
  /** The deadline_alert row: with the user id, the key that makes each staff member hear of it once. */
  alertId: string;
  dossierId: string;
  kind: OutboxPayloads['dossier.deadline-alert']['kind'];
  /** ISO instant the dossier (or step) is due. */
  dueAt: string;
  /** The assignee and the leaders of the processing agency, as the sweep found them. */
  recipientUserIds: string[];
}

/**
 * A deadline alert e-mailed to the staff it concerns. Started by the deadline sweep's `dossier.deadline-alert` outbox
 * rows (one per alert); each recipient gets one message per alert, however often the job runs.
 */
export const ALERT_STAFF_JOB = defineJob({
  name: 'notifications.alert-staff',
  queue: QUEUE_NAMES.dossierEvents,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'dossier.deadline-alert',
    when: () => true,
    toPayload: (event, correlationId): AlertStaffPayload => ({
      alertId: event.alertId, dossierId: event.dossierId, kind: event.kind, dueAt: event.dueAt, recipientUserIds: event.recipientUserIds, correlationId,
    }),
  },
});
