import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineScheduledJob } from '@dvc/server/core';

/** Recurring dossier work, owned by the worker's job schedulers (a few attempts: the next tick tries again anyway). */
const SCHEDULE_OPTIONS = { ...DEFAULT_JOB_OPTIONS, attempts: 3 };

/** Every five minutes: at-risk and overdue alerts, supplement reminders. */
export const DEADLINE_SWEEP_JOB = defineScheduledJob({
  name: 'dossiers.sweep-deadlines',
  queue: QUEUE_NAMES.schedules,
  options: SCHEDULE_OPTIONS,
  schedule: { every: 5 * 60_000 },
});

/** Hourly: dossiers whose supplement never came within the limit are closed. */
export const CLOSE_EXPIRED_SUPPLEMENTS_JOB = defineScheduledJob({
  name: 'dossiers.close-expired-supplements',
  queue: QUEUE_NAMES.schedules,
  options: SCHEDULE_OPTIONS,
  schedule: { pattern: '0 * * * *', tz: 'Asia/Ho_Chi_Minh' },
});

/** Nightly at 01:00 Vietnam time: yesterday's statistics per agency. */
export const STATISTICS_ROLLUP_JOB = defineScheduledJob({
  name: 'dossiers.roll-up-statistics',
  queue: QUEUE_NAMES.schedules,
  options: SCHEDULE_OPTIONS,
  schedule: { pattern: '0 1 * * *', tz: 'Asia/Ho_Chi_Minh' },
});
