import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the jest global set-up loads this file too, without the path-alias mapper
import { createMigrationDataSource } from '../../../../migrations/data-source';
import { databaseUrl } from './service-urls';

/** Creates the database `name` on the server of `adminUrl` and applies every migration; returns its URL. */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await adminQuery(adminUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const url = databaseUrl(adminUrl, name);
  const migrations = createMigrationDataSource(url);
  await migrations.initialize();
  await migrations.runMigrations({ transaction: 'each' });
  await migrations.destroy();
  return url;
}

/**
 * A fresh, migrated database for one suite whose subject acts on every row it finds (the deadline sweep closes,
 * reminds and alerts on every open dossier): on the run's shared database it would act on the other suites'
 * dossiers and queue their e-mails ahead of theirs. DATABASE_URL points to it until `drop()` (call it after closing
 * what connected), which restores the run's database. Suites run one at a time (--runInBand), so the switch is safe.
 */
export async function useOwnDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env['PG_ADMIN_URL'];
  const runUrl = process.env['DATABASE_URL'];
  const runId = process.env['DVC_TEST_RUN_ID'];
  if (!adminUrl || !runUrl || !runId) throw new Error('useOwnDatabase needs the integration global set-up (PG_ADMIN_URL, DATABASE_URL)');
  const name = `${runId}_own_${randomBytes(3).toString('hex')}`;
  const url = await createMigratedDatabase(adminUrl, name);
  process.env['DATABASE_URL'] = url;
  return {
    url,
    drop: async () => {
      process.env['DATABASE_URL'] = runUrl;
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
