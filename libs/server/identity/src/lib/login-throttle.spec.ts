import { LOGIN_LIMITS, loginAttemptRefused } from './login-throttle';

describe('loginAttemptRefused', () => {
  it.each([
    [{ account: 0, address: 0 }, null],
    [{ account: LOGIN_LIMITS.perAccount - 1, address: LOGIN_LIMITS.perAddress - 1 }, null],
    [{ account: LOGIN_LIMITS.perAccount, address: 0 }, 'account'],
    [{ account: 0, address: LOGIN_LIMITS.perAddress }, 'address'],
    [{ account: LOGIN_LIMITS.perAccount, address: LOGIN_LIMITS.perAddress }, 'account'],
  ] as const)('should answer %j with %s', (failures, refused) => {
    expect(loginAttemptRefused(failures)).toBe(refused);
  });
});
