// Applies pending migrations from the server build (dist/server/migrations) to DATABASE_URL.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMigrationDataSource } = require('../dist/server/migrations/data-source.js');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const dataSource = createMigrationDataSource(url);
await dataSource.initialize();
const applied = await dataSource.runMigrations({ transaction: 'each' });
await dataSource.destroy();
console.log(applied.length ? `migrations applied: ${applied.map((m) => m.name).join(', ')}` : 'migrations: schema up to date');
