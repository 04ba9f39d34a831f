import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Where the test PostgreSQL (admin database) and Redis are: from the environment, else from `var/services.env`
 * written by `scripts/services.sh ensure`. Tests never guess the machine's default ports.
 */
export function serviceUrls(): { pgAdminUrl: string; redisUrl: string } {
  const fromFile: Record<string, string> = {};
  const file = join(REPO_ROOT, 'var', 'services.env');
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^(?:export\s+)?([A-Z_]+)=["']?([^"'\n]*)["']?$/.exec(line.trim());
      if (match?.[1] && match[2] !== undefined) fromFile[match[1]] = match[2];
    }
  }
  const pgAdminUrl = process.env['PG_ADMIN_URL'] ?? fromFile['PG_ADMIN_URL'];
  const redisUrl = process.env['REDIS_URL'] ?? fromFile['REDIS_URL'];
  if (!pgAdminUrl || !redisUrl) {
    throw new Error('No test services: run `bash scripts/services.sh ensure` (npm test does) or set PG_ADMIN_URL and REDIS_URL');
  }
  return { pgAdminUrl, redisUrl };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export { REPO_ROOT };
