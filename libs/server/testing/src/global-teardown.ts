// Drops this run's database and files; the Redis keys under the run's prefix are removed too.
import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env['DVC_TEST_RUN_ID'];
  const adminUrl = process.env['PG_ADMIN_URL'];
  if (!runId || !adminUrl) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${runId} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(process.env['REDIS_URL'] ?? '', { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${runId}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  if (process.env['FILES_DIR']) await rm(process.env['FILES_DIR'], { recursive: true, force: true });
}
