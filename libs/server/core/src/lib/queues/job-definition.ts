import type { JobsOptions } from 'bullmq';
import type { OutboxPayloads, OutboxTopic } from '../outbox/outbox.topics';
import type { QueueName } from './queue-names';

/** Every job payload carries ids and primitives only, plus the correlation id of the request that caused it. */
export interface JobPayloadBase {
  correlationId: string | null;
}

/** A job's outbox trigger: which topic starts it, whether this event concerns it, and its payload. */
export interface OutboxTrigger<P extends JobPayloadBase, T extends OutboxTopic = OutboxTopic> {
  topic: T;
  when: (event: OutboxPayloads[T]) => boolean;
  toPayload: (event: OutboxPayloads[T], correlationId: string | null) => P;
}

/** When a recurring job runs: every N milliseconds, or a cron pattern in a time zone (BullMQ job schedulers). */
export type JobSchedule = { every: number } | { pattern: string; tz: string };

/** A job started by an outbox event (`trigger`) or by the worker's schedulers (`schedule`). */
export interface JobDefinition<P extends JobPayloadBase, T extends OutboxTopic = OutboxTopic> {
  /** `<area>.<verb-noun>`, unique across the system. */
  name: string;
  queue: QueueName;
  options: JobsOptions;
  trigger?: OutboxTrigger<P, T>;
  schedule?: JobSchedule;
}

/** Retry policy shared by jobs unless they say otherwise; finished jobs are kept a day so a re-added id stays a no-op. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

export function defineJob<P extends JobPayloadBase, T extends OutboxTopic>(
  definition: JobDefinition<P, T> & { trigger: OutboxTrigger<P, T> },
): JobDefinition<P, T> & { trigger: OutboxTrigger<P, T> } {
  return definition;
}

/** A recurring job; its payload is only the correlation id (it finds its own work). */
export function defineScheduledJob(definition: Omit<JobDefinition<JobPayloadBase>, 'trigger'> & { schedule: JobSchedule }) {
  return definition;
}
