import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobRegistry } from './job-registry';
import { createRedisConnection } from './redis-connection';

/**
 * Recurring work is owned by the worker (never cron in the API): at start-up it upserts one BullMQ job scheduler per
 * scheduled job. Upserting is idempotent, so any number of worker processes can do it; BullMQ runs each tick once.
 */
@Injectable()
export class JobSchedulers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedulers.name);
  private connection?: Redis;
  private readonly queues: Queue[] = [];

  constructor(
    private readonly registry: JobRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const scheduled = this.registry.definitions().filter((definition) => definition.schedule);
    if (scheduled.length === 0 || !this.config.WORKER_SCHEDULES) return;
    this.connection = createRedisConnection(this.config.REDIS_URL, 'worker');
    for (const definition of scheduled) {
      const schedule = definition.schedule;
      if (!schedule) continue;
      const queue = new Queue(definition.queue, { connection: this.connection, prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined);
      this.queues.push(queue);
      await queue.upsertJobScheduler(definition.name, schedule, {
        name: definition.name,
        data: { correlationId: null },
        opts: { attempts: definition.options.attempts, backoff: definition.options.backoff, removeOnComplete: definition.options.removeOnComplete, removeOnFail: definition.options.removeOnFail },
      });
    }
    this.logger.log({ schedulers: scheduled.map((definition) => definition.name) }, 'job schedulers upserted');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
    this.connection?.disconnect();
  }
}
