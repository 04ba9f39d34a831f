import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from './index';

/** For the TypeORM CLI (`typeorm migration:generate -d migrations/data-source.ts`) and the migrate command. */
export function createMigrationDataSource(url: string): DataSource {
  return new DataSource({ type: 'postgres', url, migrations: ALL_MIGRATIONS, migrationsTransactionMode: 'each' });
}

export default createMigrationDataSource(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/dvc');
