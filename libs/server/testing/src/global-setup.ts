// Jest global set-up for integration tests: a fresh database (migrated) and Redis key prefix for this run.
// Loaded by jest outside the module mapper, so imports here are relative.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createMigratedDatabase } from './own-database';
import { REPO_ROOT, serviceUrls } from './service-urls';

export default async function globalSetup(): Promise<void> {
  const { pgAdminUrl, redisUrl } = serviceUrls();
  const runId = `dvc_it_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const url = await createMigratedDatabase(pgAdminUrl, runId);

  process.env['PG_ADMIN_URL'] = pgAdminUrl;
  process.env['DATABASE_URL'] = url;
  process.env['REDIS_URL'] = redisUrl;
  process.env['REDIS_PREFIX'] = runId;
  // No worker started by a test sets up the recurring jobs: a first deadline sweep would act on every other test's
  // dossiers (the reliability test leaves a thousand) and queue their alerts ahead of the test's own work. The sweep,
  // reminders and roll-up are tested by running their handlers.
  process.env['WORKER_SCHEDULES'] = 'false';
  process.env['FILES_DIR'] = join(REPO_ROOT, 'var', 'test-files', runId);
  process.env['DVC_TEST_RUN_ID'] = runId;
  process.env['NODE_ENV'] = 'test';
  process.env['LOG_LEVEL'] = process.env['LOG_LEVEL'] ?? 'silent';
}
