import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** How far the outbox relay is behind: rows not yet relayed and the age of the oldest. */
@Injectable()
export class OutboxStats {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async pending(): Promise<{ pending: number; lagSeconds: number }> {
    const rows: { pending: number; lag: number | null }[] = await this.db.query(
      `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float AS lag FROM outbox WHERE relayed_at IS NULL`,
    );
    return { pending: rows[0]?.pending ?? 0, lagSeconds: Math.max(0, rows[0]?.lag ?? 0) };
  }
}
