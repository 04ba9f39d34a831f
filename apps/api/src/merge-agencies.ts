import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { ConfigModule, DatabaseModule, DomainError, OutboxModule } from '@dvc/server/core';
import { AgencyMergeService, SYSTEM_PROVINCE_ADMIN } from '@dvc/server/catalogue';
import { DossiersModule } from '@dvc/server/dossiers';

/** What a merger needs: the catalogue's merger and the dossiers area that moves open dossiers with it. */
@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class MergeAgenciesModule {}

const USAGE = 'Cách dùng / usage: npm run agencies:merge -- --agency <id> --successor <id> --reason "<căn cứ / reason>"';

/** A refusal of the command line itself (missing or malformed arguments). */
class UsageError extends Error {}

function readArguments(args: string[]): { agency: string; successor: string; reason: string } {
  let values: { agency?: string; successor?: string; reason?: string };
  try {
    ({ values } = parseArgs({
      args, strict: true, allowPositionals: false,
      options: { agency: { type: 'string' }, successor: { type: 'string' }, reason: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { agency, successor, reason } = values;
  if (!agency || !successor || !reason) throw new UsageError(USAGE);
  for (const [name, id] of [['--agency', agency], ['--successor', successor]] as const) {
    if (!isUUID(id)) throw new UsageError(`${name} phải là mã cơ quan (uuid) / ${name} must be an agency id (uuid)`);
  }
  return { agency, successor, reason };
}

/**
 * `npm run agencies:merge -- --agency <id> --successor <id> --reason "…"`: merges an agency into its successor in
 * DATABASE_URL as the system acting for the province admin (the same rules and audit as the admin endpoint), prints
 * the result; exit code 1 when the merger is refused (the message says why), 2 when it fails.
 */
async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  const context = await NestFactory.createApplicationContext(MergeAgenciesModule, { logger: false, abortOnError: false });
  try {
    const result = await context.get(AgencyMergeService).merge(
      SYSTEM_PROVINCE_ADMIN, args.agency, { successorId: args.successor, reason: args.reason }, `cli-agencies-merge-${randomUUID()}`,
    );
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DomainError) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`agency merge failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
