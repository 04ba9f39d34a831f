// Shared jest pieces: SWC transform (with decorator metadata for NestJS/TypeORM) and the tsconfig path aliases.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/]/g, '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    // ignoreDynamic keeps import() as a real dynamic import, so ESM-only packages load (jest runs with
    // --experimental-vm-modules).
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

module.exports = { moduleNameMapper, swcTransform };
