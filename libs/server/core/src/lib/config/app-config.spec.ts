import { ConfigValidationError, loadAppConfig } from './app-config';

const REQUIRED = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dvc', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadAppConfig', () => {
  it('should keep the defaults of what is not set, and read booleans written as people write them', () => {
    const defaults = loadAppConfig(REQUIRED);
    expect(defaults).toMatchObject({ WORKER_SCHEDULES: true, COOKIE_SECURE: false, WORKER_CONCURRENCY: 8 });
    expect(loadAppConfig({ ...REQUIRED, WORKER_SCHEDULES: 'false' }).WORKER_SCHEDULES).toBe(false);
    expect(loadAppConfig({ ...REQUIRED, WORKER_SCHEDULES: '1', COOKIE_SECURE: 'true' })).toMatchObject({ WORKER_SCHEDULES: true, COOKIE_SECURE: true });
  });

  it('should name every variable that is wrong', () => {
    expect(() => loadAppConfig({ ...REQUIRED, WORKER_CONCURRENCY: '0', CLAMD_PORT: 'abc' })).toThrow(ConfigValidationError);
    expect(() => loadAppConfig({ ...REQUIRED, WORKER_CONCURRENCY: '0', CLAMD_PORT: 'abc' })).toThrow(/WORKER_CONCURRENCY[\s\S]*CLAMD_PORT|CLAMD_PORT[\s\S]*WORKER_CONCURRENCY/);
  });
});
