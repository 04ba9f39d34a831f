import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiError, CurrentUser } from '@dvc/shared/contracts';
import { LOGIN_LIMITS } from '@dvc/server/identity';
import { TestClient } from '@dvc/server/testing';
import { startSeededApi } from './api-test-app';

/**
 * Failed logins are limited per account and per client address (counted in the run's Redis). Every test comes from
 * its own documentation address (X-Forwarded-For; the API trusts its proxy), so no other test's logins count here.
 */
describe('login throttling over HTTP', () => {
  let app: NestFastifyApplication;
  const PASSWORD = 'Mat-khau-2026';

  const client = () => new TestClient(app.getHttpAdapter().getInstance());
  const login = (email: string, password: string, address: string) =>
    client().post<CurrentUser & ApiError>('/api/v1/auth/login', { email, password }, { 'x-forwarded-for': address });

  async function citizen(name: string): Promise<string> {
    const email = `${name}.${Date.now()}@throttle.test`;
    const registered = await client().post('/api/v1/auth/register', { fullName: 'Nguyễn Văn Thử', email, password: PASSWORD });
    expect(registered.status).toBe(201);
    return email;
  }

  beforeAll(async () => {
    ({ app } = await startSeededApi());
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses an account after five wrong passwords, even the right one, and says when to retry', async () => {
    const email = await citizen('bi-khoa');
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccount; attempt += 1) {
      expect((await login(email, 'sai-mat-khau', '192.0.2.10')).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    }

    const refused = await login(email, PASSWORD, '192.0.2.11');
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS' });
    expect(refused.body.message.split(' / ')).toHaveLength(2);
    expect(refused.body.message).toContain('15 phút');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowSeconds);

    // Another account, from the same address, is not affected.
    const other = await citizen('khong-bi-khoa');
    expect((await login(other, PASSWORD, '192.0.2.10')).status).toBe(200);
  });

  it('forgets an account\'s failures once its owner logs in', async () => {
    const email = await citizen('quen-mat-khau');
    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 0; attempt < LOGIN_LIMITS.perAccount - 1; attempt += 1) {
        expect((await login(email, 'sai-mat-khau', '192.0.2.20')).status).toBe(401);
      }
      expect((await login(email, PASSWORD, '192.0.2.20')).status).toBe(200);
    }
  });

  it('refuses an address after many failures on any accounts, and only that address', async () => {
    const email = await citizen('cung-mang');
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAddress; attempt += 1) {
      expect((await login(`khong-co-${attempt}@throttle.test`, 'sai-mat-khau', '192.0.2.30')).status).toBe(401);
    }

    const refused = await login(email, PASSWORD, '192.0.2.30');
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS' });
    expect(refused.body.message).toContain('địa chỉ mạng');
    expect((await login(email, PASSWORD, '192.0.2.31')).status).toBe(200);
  });
});
