/**
 * pnpm codegen:check: regenerates the resolver types into a scratch copy and fails when they
 * differ from the committed ones (the SDL changed without `pnpm codegen`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SUBGRAPHS } from './lib/subgraphs';

const generated = SUBGRAPHS.map((s) => path.join(ROOT, 'services', s.name, 'src', 'generated', 'graphql.ts'));
const before = generated.map((file) => readFileSync(file, 'utf8'));
execFileSync(path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--silent'], { cwd: ROOT, stdio: 'inherit' });
const stale = generated.filter((file, i) => readFileSync(file, 'utf8') !== before[i]);
if (stale.length > 0) {
  console.error(`generated resolver types were stale (now regenerated, commit them):\n${stale.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}`);
  process.exit(1);
}
console.log('codegen: the resolver types match the SDL');
