import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const SERVER_ONLY = ['@nestjs/*', 'typeorm', 'bullmq', 'pg', 'ioredis', 'nodemailer', 'pdfkit', 'argon2', 'fastify', '@fastify/*'];

const DEP_CONSTRAINTS = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'],
    bannedExternalImports: [...SERVER_ONLY, '@angular/*', 'rxjs'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
    bannedExternalImports: ['@angular/*'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
    bannedExternalImports: SERVER_ONLY },
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:web', 'scope:shared'],
    bannedExternalImports: SERVER_ONLY },
  { sourceTag: 'scope:desk', onlyDependOnLibsWithTags: ['scope:desk', 'scope:web', 'scope:shared'],
    bannedExternalImports: SERVER_ONLY },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data-access', 'type:ui', 'type:util', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:testing', notDependOnLibsWithTags: ['type:app'] },
];

/** Tests of a lib may use the test harness (type:testing); production code may not. */
const SPEC_DEP_CONSTRAINTS = DEP_CONSTRAINTS.map((constraint) =>
  ['type:feature', 'type:core', 'type:util'].includes(constraint.sourceTag)
    ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'] }
    : constraint,
);

function boundaryOptions(depConstraints) {
  return { enforceBuildableLibDependency: true, banTransitiveDependencies: false, allow: [], depConstraints };
}

export default [
  {
    ignores: [
      '**/dist/**', '**/node_modules/**', '**/.nx/**', '**/.angular/**', 'var/**', 'coverage/**',
      'test-results/**', 'playwright-report/**', '**/*.mjs', '**/*.cjs', '**/*.js', 'jest.web-setup.ts',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(DEP_CONSTRAINTS)],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(SPEC_DEP_CONSTRAINTS)] },
  },
  {
    files: ['**/*.spec.ts', 'apps/e2e/**/*.ts', 'bench/**/*.ts', 'libs/server/testing/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
