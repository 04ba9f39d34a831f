import 'reflect-metadata';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { seedDemo } from './seed/seed-demo';

/** `npm run seed`: the demo province into DATABASE_URL, once. */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    // Same hashing as PasswordHasher (argon2id); imported directly to keep this script free of Nest DI.
    const result = await seedDemo(db, { hashPassword: (plain) => argon2.hash(plain, { type: argon2.argon2id }) });
    process.stdout.write(`${JSON.stringify({ msg: result.seeded ? 'demo province seeded' : 'demo data already present', ...result })}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
