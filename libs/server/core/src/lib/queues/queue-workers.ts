import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import type { JobDefinition, JobPayloadBase } from './job-definition';
import { JobRegistry } from './job-registry';
import { createRedisConnection } from './redis-connection';

export const EXPECTED_JOBS = Symbol('EXPECTED_JOBS');
const CONCURRENCY_PER_QUEUE = 4;

/**
 * Runs one BullMQ worker per queue and dispatches each job by name to its registered handler. Refuses to start when a
 * job has no handler (or a handler has no job); on shutdown waits for running jobs to finish.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  /** BullMQ never closes a connection it was given: these are ours to close after the workers. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly registry: JobRegistry,
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
          concurrency: CONCURRENCY_PER_QUEUE,
        },
      );
      worker.on('failed', (job, error) => {
        this.logger.warn({ job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job failed');
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
