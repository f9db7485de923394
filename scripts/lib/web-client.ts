// The public web client in `pnpm start`: built when its build is missing or older than its
// sources, then served (strict CSP, /graphql and /auth/* forwarded to the gateway) by the
// browser apps' static server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startWebServer, type RunningWebServer } from '@equality-graph/web-kit/serve';
import { ROOT } from './subgraphs';

export const WEB_APP_DIR = path.join(ROOT, 'apps', 'web');
export const WEB_PORT = 8080;
const BUILT_INDEX = path.join(WEB_APP_DIR, 'dist', 'index.html');
/** What the build is made of: a change to any of these makes dist/ stale. */
const SOURCES = [
  path.join(WEB_APP_DIR, 'src'),
  path.join(WEB_APP_DIR, 'index.html'),
  path.join(WEB_APP_DIR, 'package.json'),
  path.join(ROOT, 'packages', 'web-kit', 'src'),
];

export function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** Whether dist/ is missing or older than a source file. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

/** Builds the web client if needed; throws when the build fails. */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  console.log('Building the web client (apps/web)...');
  const result = spawnSync('pnpm', ['--filter', 'web', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the web client's build failed (pnpm --filter web build, code ${result.status})`);
}

/** Builds the web client into `outDir` (tests: a build of their own, whatever else builds dist/ meanwhile). */
export function buildWebClientInto(outDir: string): Promise<void> {
  // The app's own build script (it sets NODE_ENV=production and takes --out-dir).
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/build.mts', '--out-dir', outDir], {
      cwd: WEB_APP_DIR,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the web client into ${outDir} failed (code ${code})`)),
    );
  });
}

export function serveWebClient(gatewayUrl: string, options: { port?: number; root?: string } = {}): Promise<RunningWebServer> {
  return startWebServer({
    root: options.root ?? path.join(WEB_APP_DIR, 'dist'),
    gatewayUrl,
    port: options.port ?? WEB_PORT,
    host: '127.0.0.1',
  });
}
