import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { HealthReport } from '@dvc/shared/contracts';
import { AppConfig } from '../config/app-config';
import { createRedisConnection } from '../queues/redis-connection';

@Injectable()
export class HealthService implements OnModuleDestroy {
  private redis?: Redis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.database(), this.redisUp()]);
    return { status: database === 'up' && redis === 'up' ? 'ok' : 'degraded', database, redis };
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
