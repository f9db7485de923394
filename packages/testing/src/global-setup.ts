// Jest global setup: one embedded PostgreSQL for the whole run (and whether Redis answers),
// shared by every test file through the environment.
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '@equality-graph/dev-database';

declare global {
  var __EMBEDDED_PG__: { server: EmbeddedServer; folder: string } | undefined;
}

/** Answers whether a Redis server replies to PING at `url` (plain RESP over TCP, 1 s). */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Starts the run's PostgreSQL (TEST_PG_ADMIN_URL lets a run use another server instead) and
 * decides once whether the Redis-backed tests can run (TEST_REDIS_URL, default the local one):
 * they are skipped, with a warning, where no Redis answers (CI has one).
 */
export default async function globalSetup(): Promise<void> {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = await redisAnswers(redisUrl);
  process.env.TEST_REDIS_AVAILABLE = redis ? '1' : '0';
  if (!redis) console.warn(`\n!!! No Redis answers at ${redisUrl}: the Redis-backed gateway tests are SKIPPED (set TEST_REDIS_URL).\n`);
  if (process.env.TEST_PG_ADMIN_URL) return;
  const folder = await mkdtemp(path.join(tmpdir(), 'equality-graph-test-'));
  // PostgreSQL runs as its own system user when we are root: it must be able to enter.
  await chmod(folder, 0o755);
  const server = await startEmbeddedServer({ dataDir: path.join(folder, 'pg'), port: 0, ephemeral: true, fast: true });
  globalThis.__EMBEDDED_PG__ = { server, folder };
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
}
