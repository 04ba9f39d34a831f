import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';

export interface RecomputeDeadlinesPayload extends JobPayloadBase {
  change: string;
}

/**
 * After a calendar or office-hours edit, every open dossier's due date is replayed against the new calendar, off the
 * request path (a province has tens of thousands of open dossiers). Idempotent: a rerun moves nothing more.
 */
export const RECOMPUTE_DEADLINES_JOB = defineJob({
  name: 'dossiers.recompute-deadlines',
  queue: QUEUE_NAMES.schedules,
  options: DEFAULT_JOB_OPTIONS,
  trigger: {
    topic: 'calendar.changed',
    when: () => true,
    toPayload: (event, correlationId): RecomputeDeadlinesPayload => ({ change: event.change, correlationId }),
  },
});
