import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppConfig, createRedisConnection, TooManyRequestsError } from '@dvc/server/core';

/**
 * How many failed logins are let through in a window. Per account, few: a password is not guessed in five tries, and
 * the owner waits at most a quarter of an hour. Per client address, many more: a commune office or a mobile carrier
 * puts hundreds of people behind one address, and the per-account limit already stops guessing one password.
 */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 50, windowSeconds: 15 * 60 } as const;

/** What a login attempt may do, given the failures counted so far (pure: the counting is in Redis). */
export function loginAttemptRefused(
  failures: { account: number; address: number },
  limits: { perAccount: number; perAddress: number } = LOGIN_LIMITS,
): 'account' | 'address' | null {
  if (failures.account >= limits.perAccount) return 'account';
  if (failures.address >= limits.perAddress) return 'address';
  return null;
}

/**
 * Failed logins counted in Redis, so every API process sees the same counts, per account (by e-mail) and per client
 * address. A refused attempt never reaches the password check. A successful login clears its account's count. When
 * Redis does not answer, logins go on unthrottled (logged): being unable to log in at all would be worse.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private redis?: Redis;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const accountKey = this.accountKey(email);
    const addressKey = this.addressKey(address);
    let counts: (string | null)[];
    try {
      counts = await this.connection().mget(accountKey, addressKey);
    } catch (error) {
      this.logger.warn({ err: String(error) }, 'login throttle unavailable; attempt not limited');
      return;
    }
    const refused = loginAttemptRefused({ account: Number(counts[0] ?? 0), address: Number(counts[1] ?? 0) });
    if (refused === null) return;
    const waitMs = await this.connection().pttl(refused === 'account' ? accountKey : addressKey).catch(() => LOGIN_LIMITS.windowSeconds * 1000);
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    throw new TooManyRequestsError(
      'AUTH.TOO_MANY_ATTEMPTS',
      refused === 'account'
        ? `Tài khoản này đăng nhập sai quá nhiều lần; hãy thử lại sau ${minutes} phút / ` +
          `Too many failed logins for this account; try again in ${minutes} min`
        : `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này; hãy thử lại sau ${minutes} phút / ` +
          `Too many failed logins from this network address; try again in ${minutes} min`,
      Math.max(1, Math.ceil(waitMs / 1000)),
    );
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const window = LOGIN_LIMITS.windowSeconds * 1000;
    const batch = this.connection().multi();
    // The window starts at the first failure (SET NX), so failures spread over it still add up.
    for (const key of [this.accountKey(email), this.addressKey(address)]) batch.set(key, 0, 'PX', window, 'NX').incr(key);
    await batch.exec().catch((error: unknown) => this.logger.warn({ err: String(error) }, 'login throttle unavailable; failure not counted'));
  }

  async recordSuccess(email: string): Promise<void> {
    await this.connection().del(this.accountKey(email)).catch(() => undefined);
  }

  private accountKey(email: string): string {
    // Hashed: the keys show no e-mail addresses to whoever reads Redis.
    return `${this.config.REDIS_PREFIX}:login-failures:account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
  }

  private addressKey(address: string): string {
    return `${this.config.REDIS_PREFIX}:login-failures:address:${address}`;
  }

  private connection(): Redis {
    this.redis ??= createRedisConnection(this.config.REDIS_URL, 'producer');
    return this.redis;
  }
}
