import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createRedisConnection } from './redis-connection';

/** Upper bounds of the job duration histogram, in milliseconds (Prometheus buckets). */
export const DURATION_BUCKETS_MS = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000] as const;

/**
 * Job counters and durations shared by every worker process through one Redis hash, so the API can publish them
 * (`/api/metrics`) without the worker opening a port. Recording is best effort: a metric never fails a job.
 */
@Injectable()
export class JobMetrics implements OnModuleDestroy {
  private redis?: Redis;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  get key(): string {
    return `${this.config.REDIS_PREFIX}:metrics:jobs`;
  }

  async record(jobName: string, outcome: 'completed' | 'failed', durationMs: number | null): Promise<void> {
    const pipeline = this.connection().pipeline().hincrby(this.key, `${jobName}|${outcome}`, 1);
    if (durationMs !== null && outcome === 'completed') {
      pipeline.hincrby(this.key, `${jobName}|count`, 1).hincrby(this.key, `${jobName}|sum_ms`, Math.round(durationMs));
      for (const bucket of DURATION_BUCKETS_MS) {
        if (durationMs <= bucket) pipeline.hincrby(this.key, `${jobName}|le|${bucket}`, 1);
      }
    }
    await pipeline.exec().catch(() => undefined);
  }

  /** Every counter, as `<job>|<metric>` → value. */
  async snapshot(): Promise<Record<string, number>> {
    const raw = await this.connection().hgetall(this.key);
    return Object.fromEntries(Object.entries(raw).map(([field, value]) => [field, Number(value)]));
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  private connection(): Redis {
    this.redis ??= createRedisConnection(this.config.REDIS_URL, 'producer');
    return this.redis;
  }
}
