import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '@equality-graph/dev-database';

declare global {
  var __EMBEDDED_PG__: { server: EmbeddedServer; folder: string } | undefined;
}

/** Starts the run's PostgreSQL; TEST_PG_ADMIN_URL lets a run use another server instead. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_PG_ADMIN_URL) return;
  const folder = await mkdtemp(path.join(tmpdir(), 'equality-graph-test-'));
  // PostgreSQL runs as its own system user when we are root: it must be able to enter.
  await chmod(folder, 0o755);
  const server = await startEmbeddedServer({ dataDir: path.join(folder, 'pg'), port: 0, ephemeral: true, fast: true });
  globalThis.__EMBEDDED_PG__ = { server, folder };
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
}
