import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@dvc/server/identity';
import { seedDemo } from '../seed/seed-demo';
import { createApiApp } from './create-api-app';

/** The production app on the run's fresh database, seeded with the demo province (once per database). */
export async function startSeededApi(): Promise<{ app: NestFastifyApplication; db: DataSource }> {
  const { app } = await createApiApp(false);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(DataSource);
  const hasher = app.get(PasswordHasher);
  await seedDemo(db, { hashPassword: (plain) => hasher.hash(plain) });
  return { app, db };
}
