import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { HealthReport } from '@dvc/shared/contracts';
import { AppConfig } from '../config/app-config';
import { OutboxStats } from '../outbox/outbox-stats';
import { JobAttemptsRepository } from '../queues/job-attempts.repository';
import { QueueInspector } from '../queues/queue-inspector';
import { createRedisConnection } from '../queues/redis-connection';

@Injectable()
export class HealthService implements OnModuleDestroy {
  private redis?: Redis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueInspector,
    private readonly outbox: OutboxStats,
    private readonly attempts: JobAttemptsRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Up/down of the database and Redis, and (when they answer) queue depth, outbox lag and dead letters. */
  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.database(), this.redisUp()]);
    const report: HealthReport = { status: database === 'up' && redis === 'up' ? 'ok' : 'degraded', database, redis };
    if (database === 'up') {
      [report.outbox, report.deadLetters] = await Promise.all([this.outbox.pending(), this.attempts.countDead()]);
    }
    if (redis === 'up') report.queues = await this.queues.depths().catch(() => undefined);
    return report;
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  private async database(): Promise<'up' | 'down'> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redisUp(): Promise<'up' | 'down'> {
    this.redis ??= createRedisConnection(this.config.REDIS_URL, 'health');
    try {
      return (await this.redis.ping()) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
