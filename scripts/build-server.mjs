// Compiles the server side (apps/api, apps/worker, server + shared libs, migrations) with SWC into dist/server.
// SWC keeps decorator metadata (NestJS DI, class-validator, TypeORM) and rewrites the @dvc/* path aliases
// into relative imports, so the output runs with plain `node` and no runtime alias resolver.
import { transformFile } from '@swc/core';
import { readFileSync, mkdirSync, writeFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/server');
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const sourceDirs = ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/shared', 'migrations'];

function* tsFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== 'node_modules') yield* tsFiles(full);
    } else if (entry.endsWith('.ts') && !entry.endsWith('.spec.ts') && !entry.endsWith('.d.ts')) {
      yield full;
    }
  }
}

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

rmSync(outDir, { recursive: true, force: true });
const files = sourceDirs.flatMap((dir) => [...tsFiles(path.join(root, dir))]);
await Promise.all(
  files.map(async (file) => {
    const relative = path.relative(root, file).replace(/\.ts$/, '.js');
    const target = path.join(outDir, relative);
    const { code, map } = await transformFile(file, { ...swcOptions, filename: file, outputPath: target });
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
console.log(`server build: ${files.length} files -> ${path.relative(root, outDir)}`);
