import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each applicant wants to hear about their dossiers. No row means the defaults (e-mail on, SMS off); SMS is only
 * ever sent to an account with a phone number.
 */
export class AddNotificationPreferences1764310000000 implements MigrationInterface {
  name = 'AddNotificationPreferences1764310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL,
        email boolean NOT NULL DEFAULT true,
        sms boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_notification_preference PRIMARY KEY (user_id),
        CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES user_account(id) ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS notification_preference`);
  }
}
