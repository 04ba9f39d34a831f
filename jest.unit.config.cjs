// Unit tests: pure rules and services with fakes; no database, no Redis.
const { moduleNameMapper, swcTransform } = require('./jest.preset.cjs');

module.exports = {
  rootDir: __dirname,
  projects: [
    {
      displayName: 'server+shared',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/libs/shared', '<rootDir>/libs/server', '<rootDir>/apps/api', '<rootDir>/apps/worker'],
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$', '/node_modules/'],
      transform: { '^.+\\.ts$': swcTransform },
      moduleNameMapper,
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      preset: 'jest-preset-angular',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/libs/web', '<rootDir>/apps/portal', '<rootDir>/apps/desk'],
      testMatch: ['**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/jest.web-setup.ts'],
      transform: {
        '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.web-spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
      },
      transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
      moduleNameMapper,
    },
  ],
};
