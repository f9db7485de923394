// The analysts' console (apps/console) for `pnpm start` and `pnpm build`: built when its build is
// missing or older than its sources (the library in schema/operations included); the gateway
// serves it at /console from CONSOLE_DIR (default apps/console/dist).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './subgraphs';
import { newestChange } from './web-client';

export const CONSOLE_APP_DIR = path.join(ROOT, 'apps', 'console');
const BUILT_INDEX = path.join(CONSOLE_APP_DIR, 'dist', 'index.html');
const SOURCES = [
  path.join(CONSOLE_APP_DIR, 'src'),
  path.join(CONSOLE_APP_DIR, 'scripts'),
  path.join(CONSOLE_APP_DIR, 'index.html'),
  path.join(CONSOLE_APP_DIR, 'package.json'),
  path.join(ROOT, 'packages', 'web-kit', 'src'),
  path.join(ROOT, 'schema', 'operations'),
];

export function consoleBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

/** Builds the console (pnpm --filter console build); `force` rebuilds even when it is fresh. */
export function ensureConsoleBuild(force = false): void {
  if (!force && !consoleBuildIsStale()) return;
  console.log('Building the query console (apps/console)...');
  const result = spawnSync('pnpm', ['--filter', 'console', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the console's build failed (pnpm --filter console build, code ${result.status})`);
}
