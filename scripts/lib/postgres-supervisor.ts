/**
 * Runs the embedded PostgreSQL for `pnpm start` in its own process group, so a Ctrl-C in the
 * terminal reaches the services (which drain and close their pools) but not the database;
 * start.ts stops it last. It also stops when start.ts disappears (IPC channel closed).
 */
import { startEmbeddedServer } from '@equality-graph/dev-database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedServer({ dataDir, port: Number(port) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.send?.({ adminUrl: server.adminUrl });
}

main().catch((error: Error) => {
  process.send?.({ error: error.message });
  process.exit(1);
});
