// Integration tests: real PostgreSQL and Redis (a fresh database and key prefix per run, see libs/server/testing).
const { moduleNameMapper, swcTransform } = require('./jest.preset.cjs');

module.exports = {
  rootDir: __dirname,
  displayName: 'integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker'],
  testMatch: ['**/*.integration.spec.ts'],
  // content-disposition (under @fastify/static) ships ESM only; Node 20 jest cannot require it untransformed.
  transform: { '^.+\\.ts$': swcTransform, '/node_modules/content-disposition/.+\\.js$': swcTransform },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper,
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
