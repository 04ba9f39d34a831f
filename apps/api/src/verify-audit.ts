import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditService, DossiersRepository } from '@dvc/server/dossiers';

/** `npm run audit:verify`: checks every dossier's hash chain in DATABASE_URL; exit code 1 when a chain is broken. */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    const report = await new AuditService(new DossiersRepository(db)).verifyAllChains();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.intact) process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`audit verification failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
