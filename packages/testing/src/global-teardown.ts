// Jest global teardown: stops the run's embedded PostgreSQL and removes its folder.
import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__EMBEDDED_PG__;
  if (!started) return;
  await started.server.stop();
  await rm(started.folder, { recursive: true, force: true });
}
