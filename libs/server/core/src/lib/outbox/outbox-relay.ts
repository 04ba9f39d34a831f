import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobRegistry } from '../queues/job-registry';
import { createRedisConnection } from '../queues/redis-connection';
import type { OutboxPayloads, OutboxTopic } from './outbox.topics';
import type { Redis } from 'ioredis';

const BATCH_SIZE = 200;
const IDLE_POLL_MS = 1000;
const MAX_BACKOFF_MS = 10_000;
/** BullMQ waits for Redis indefinitely; the claim transaction must not (it holds row locks). */
const ENQUEUE_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_inserted';

interface PendingRow {
  id: string;
  topic: OutboxTopic;
  payload: OutboxPayloads[OutboxTopic];
  correlation_id: string | null;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so several worker processes
 * can relay at once without taking the same row; each job's id is `<outbox id>.<job name>`, so relaying a row twice
 * (a crash between enqueue and commit) adds nothing. Woken by LISTEN/NOTIFY, with a poll as a safety net. When
 * Redis is down the claim rolls back and the rows wait; nothing is lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, Queue>();
  private connection?: Redis;
  private listener?: Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    await Promise.all(
      [...this.queues.values()].map((queue) => withTimeout(queue.close(), ENQUEUE_TIMEOUT_MS, 'queue close').catch(() => undefined)),
    );
    this.connection?.disconnect();
  }

  /** Relays one batch; returns how many outbox rows it took. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, topic, payload, correlation_id FROM outbox
          WHERE relayed_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, { name: string; data: object; opts: object }[]>();
      for (const row of rows) {
        for (const { definition, payload } of this.registry.jobsFor(row.topic, row.payload, row.correlation_id)) {
          const jobs = byQueue.get(definition.queue) ?? [];
          // The definition says how many attempts and what kind of back-off; the first delay is deployment config.
          const backoff = { type: 'exponential', delay: this.config.JOB_BACKOFF_MS };
          jobs.push({ name: definition.name, data: payload, opts: { ...definition.options, backoff, jobId: `${row.id}.${definition.name}` } });
          byQueue.set(definition.queue, jobs);
        }
      }
      for (const [queueName, jobs] of byQueue) {
        // If this times out the transaction rolls back and the rows are retried; should the add still land later,
        // the retry's identical job ids make it a no-op.
        await withTimeout(this.queue(queueName).addBulk(jobs), ENQUEUE_TIMEOUT_MS, `enqueue to ${queueName}`);
      }
      await manager.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.connection ??= createRedisConnection(this.config.REDIS_URL, 'producer');
      queue = new Queue(name, { connection: this.connection, prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      try {
        const relayed = await this.relayBatch();
        backoff = 0;
        if (relayed === BATCH_SIZE) continue;
        await this.sleep(IDLE_POLL_MS);
      } catch (error) {
        backoff = Math.min(MAX_BACKOFF_MS, backoff === 0 ? 250 : backoff * 2);
        this.logger.warn({ err: error instanceof Error ? error.message : String(error), retryInMs: backoff }, 'outbox relay failed, will retry');
        await this.sleep(backoff);
      }
    }
  }

  private async listen(): Promise<void> {
    try {
      const listener = new Client({ connectionString: this.config.DATABASE_URL });
      listener.on('error', () => undefined);
      listener.on('notification', () => this.wake?.());
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
      this.listener = listener;
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'LISTEN failed; relying on polling');
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
