import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineScheduledJob } from '@dvc/server/core';

/**
 * Every quarter of an hour: drafts scheduled for publication on a day that has come are published (the first run
 * after midnight, Vietnam time, publishes that day's). Idempotent: a published draft is no longer due.
 */
export const PUBLISH_SCHEDULED_JOB = defineScheduledJob({
  name: 'catalogue.publish-scheduled',
  queue: QUEUE_NAMES.schedules,
  options: { ...DEFAULT_JOB_OPTIONS, attempts: 3 },
  schedule: { every: 15 * 60_000 },
});
