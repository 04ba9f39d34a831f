import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobAttemptsRepository } from './job-attempts.repository';
import type { JobDefinition, JobPayloadBase } from './job-definition';
import { JobMetrics } from './job-metrics';
import { JobRegistry } from './job-registry';
import { createRedisConnection } from './redis-connection';

export const EXPECTED_JOBS = Symbol('EXPECTED_JOBS');

/** A job whose worker died mid-run is handed to another worker this many times before it counts as failed. */
const MAX_STALLED_COUNT = 10;

/**
 * Runs one BullMQ worker per queue and dispatches each job by name to its registered handler. Refuses to start when a
 * job has no handler (or a handler has no job); on shutdown waits for running jobs to finish. Every failed attempt is
 * recorded (the last one of a job out of attempts is its dead letter) and every outcome counted in the job metrics.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  /** BullMQ never closes a connection it was given: these are ours to close after the workers. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly registry: JobRegistry,
    private readonly attempts: JobAttemptsRepository,
    private readonly metrics: JobMetrics,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(EXPECTED_JOBS) private readonly expectedJobs: readonly JobDefinition<JobPayloadBase>[],
  ) {}

  onApplicationBootstrap(): void {
    this.registry.assertComplete(this.expectedJobs);
    const queueNames = new Set(this.registry.definitions().map((definition) => definition.queue));
    for (const queueName of queueNames) {
      const connection = createRedisConnection(this.config.REDIS_URL, 'worker');
      this.connections.push(connection);
      const worker = new Worker(
        queueName,
        async (job) => {
          const handler = this.registry.handlerFor(job.name);
          await handler(job.data as JobPayloadBase, job.attemptsMade + 1);
        },
        {
          connection,
          prefix: this.config.REDIS_PREFIX,
          concurrency: this.config.WORKER_CONCURRENCY,
          lockDuration: this.config.WORKER_LOCK_MS,
          stalledInterval: this.config.WORKER_LOCK_MS,
          maxStalledCount: MAX_STALLED_COUNT,
        },
      );
      worker.on('completed', (job) => {
        void this.metrics.record(job.name, 'completed', job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : null);
      });
      worker.on('failed', (job, error) => {
        this.logger.warn({ job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job failed');
        if (!job?.id) return;
        void this.metrics.record(job.name, 'failed', null);
        this.attempts
          .record({
            queue: queueName, jobName: job.name, jobId: job.id, payload: job.data as Record<string, unknown>, attempt: job.attemptsMade,
            maxAttempts: job.opts.attempts ?? 1, error: error.message,
          })
          .catch((recordError: unknown) => this.logger.error({ err: String(recordError), jobId: job.id }, 'could not record a failed attempt'));
      });
      worker.on('error', (error) => this.logger.warn({ err: error.message, queue: queueName }, 'queue worker error'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: [...queueNames] }, 'queue workers started');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    for (const connection of this.connections) connection.disconnect();
  }
}
