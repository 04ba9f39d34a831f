import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationPreferences } from '../delivery-plan';

export interface StoredPreferences {
  /** Null when the user never saved preferences. */
  preferences: NotificationPreferences | null;
  updatedAt: Date | null;
  hasPhone: boolean;
}

/** `notification_preference`: one row per user who chose; no row means the defaults. */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The user's saved choice and whether they have a phone number; null when there is no such user. */
  async findForUser(userId: string): Promise<StoredPreferences | null> {
    const rows: { email: boolean | null; sms: boolean | null; updatedAt: Date | null; hasPhone: boolean }[] = await this.db.query(
      `SELECT p.email, p.sms, p.updated_at AS "updatedAt", coalesce(btrim(u.phone), '') <> '' AS "hasPhone"
         FROM user_account u LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      preferences: row.email === null || row.sms === null ? null : { email: row.email, sms: row.sms },
      updatedAt: row.updatedAt,
      hasPhone: row.hasPhone,
    };
  }

  async saveForUser(userId: string, preferences: NotificationPreferences): Promise<Date> {
    const rows: { updatedAt: Date }[] = await this.db.query(
      `INSERT INTO notification_preference (user_id, email, sms) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, sms = EXCLUDED.sms, updated_at = now()
       RETURNING updated_at AS "updatedAt"`,
      [userId, preferences.email, preferences.sms],
    );
    const [row] = rows;
    if (!row) throw new Error('notification preference upsert returned no row');
    return row.updatedAt;
  }
}
