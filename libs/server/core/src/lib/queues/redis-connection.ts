import { Redis, type RedisOptions } from 'ioredis';

/**
 * ioredis connections. Workers need `maxRetriesPerRequest: null` (BullMQ blocks on Redis); producers and health
 * checks fail fast instead, so an outage shows up as an error the caller handles (the outbox keeps the work).
 */
export function createRedisConnection(url: string, purpose: 'worker' | 'producer' | 'health'): Redis {
  const options: RedisOptions =
    purpose === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: false }
      : { maxRetriesPerRequest: 1, connectTimeout: 2000, ...(purpose === 'health' ? { commandTimeout: 1500 } : {}) };
  const connection = new Redis(url, options);
  // Connection errors surface through the commands that fail; the default handler would only print them again.
  connection.on('error', () => undefined);
  return connection;
}
