/**
 * pnpm codegen:check: regenerates the resolver types and the web client's typed operations and
 * fails when they differ from the committed ones (the SDL or an operation changed without
 * `pnpm codegen`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SUBGRAPHS } from './lib/subgraphs';

const WEB = path.join(ROOT, 'apps', 'web');
const generated = [
  ...SUBGRAPHS.map((s) => path.join(ROOT, 'services', s.name, 'src', 'generated', 'graphql.ts')),
  path.join(WEB, 'schema', 'api.graphql'),
  ...readdirSync(path.join(WEB, 'src', 'gql')).map((name) => path.join(WEB, 'src', 'gql', name)),
];
const before = generated.map((file) => readFileSync(file, 'utf8'));
// What `pnpm codegen` runs: the services' resolver types, then the web client's.
execFileSync('pnpm', ['run', '--silent', 'codegen'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const stale = generated.filter((file, i) => readFileSync(file, 'utf8') !== before[i]);
if (stale.length > 0) {
  console.error(`generated types were stale (now regenerated, commit them):\n${stale.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}`);
  process.exit(1);
}
console.log('codegen: the resolver types match the SDL, the web client types its operations from the current supergraph');
