// Integration tests: real PostgreSQL and Redis (a fresh database and key prefix per run, see libs/server/testing).
const { moduleNameMapper, swcTransform } = require('./jest.preset.cjs');

module.exports = {
  rootDir: __dirname,
  displayName: 'integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker'],
  testMatch: ['**/*.integration.spec.ts'],
  transform: { '^.+\\.ts$': swcTransform },
  moduleNameMapper,
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
  testTimeout: 60000,
};
