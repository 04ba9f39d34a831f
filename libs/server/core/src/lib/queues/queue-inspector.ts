import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { QUEUE_NAMES, type QueueName } from './queue-names';
import { createRedisConnection } from './redis-connection';

export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** Read-and-retry access to the queues for the API (health, metrics, retrying a dead job); it runs no jobs. */
@Injectable()
export class QueueInspector implements OnModuleDestroy {
  private connection?: Redis;
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.connection ??= createRedisConnection(this.config.REDIS_URL, 'health');
      queue = new Queue(name, { connection: this.connection, prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async depths(): Promise<Record<QueueName, QueueDepth>> {
    const names = Object.values(QUEUE_NAMES);
    const counts = await Promise.all(names.map((name) => this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed')));
    return Object.fromEntries(
      names.map((name, index) => {
        const count = counts[index] ?? {};
        return [name, { waiting: count['waiting'] ?? 0, active: count['active'] ?? 0, delayed: count['delayed'] ?? 0, failed: count['failed'] ?? 0 }];
      }),
    ) as Record<QueueName, QueueDepth>;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    this.connection?.disconnect();
  }
}
