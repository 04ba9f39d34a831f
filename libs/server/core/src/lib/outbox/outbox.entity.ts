import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work to do outside the request, written in the same transaction as the change that causes it. The worker's relay
 * turns each row into BullMQ jobs (job id derived from the row id, so a repeat is a no-op) and marks it relayed.
 */
@Entity({ name: 'outbox' })
@Index('ix_outbox_pending', ['createdAt'], { where: 'relayed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'uuid' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  correlationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  relayAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
