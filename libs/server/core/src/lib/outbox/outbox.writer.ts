import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxTopic, OutboxPayloads } from './outbox.topics';

/** Writes an outbox row inside the caller's transaction; nothing is sent until that transaction commits. */
@Injectable()
export class OutboxWriter {
  async write<T extends OutboxTopic>(
    manager: EntityManager,
    topic: T,
    aggregateId: string,
    payload: OutboxPayloads[T],
    correlationId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox (topic, aggregate_id, payload, correlation_id) VALUES ($1, $2, $3, $4)`,
      [topic, aggregateId, JSON.stringify(payload), correlationId],
    );
  }
}
