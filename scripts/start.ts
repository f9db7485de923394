/**
 * pnpm start: the whole platform on this machine, with nothing installed but Node and pnpm.
 * One embedded PostgreSQL (data kept in .data/, ignored by git) holding one database and one
 * login role per service; the three subgraphs (migrated, demo data seeded) and the gateway as
 * child processes, each started exactly as it is deployed (its own environment). Ctrl-C stops
 * everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateInternalKeyPair } from '@equality-graph/auth';
import { provisionServiceDatabase } from '@equality-graph/dev-database';
import { GATEWAY_METRICS_PORT, GATEWAY_PORT, ROOT, SUBGRAPHS } from './lib/subgraphs';
import { ensureConsoleBuild } from './lib/console-build';
import { WEB_PORT, ensureWebBuild, serveWebClient } from './lib/web-client';

const DATA_DIR = path.resolve(process.env.EQUALITY_GRAPH_DATA_DIR ?? path.join(ROOT, '.data'));
const PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
// The local mail catcher (maildev): the notification workers send here; its web page shows what they sent.
const MAIL_SMTP_PORT = Number(process.env.MAILDEV_SMTP_PORT ?? 1025);
const MAIL_WEB_PORT = Number(process.env.MAILDEV_WEB_PORT ?? 1080);
/** Services whose outbox a notification worker delivers (packages/notifications). */
const NOTIFYING = new Set(['mentoring', 'training']);
// Children run as `node --import tsx`: no wrapper process between us and them, so signals and
// the IPC channel reach them directly.
const NODE_TS = [process.execPath, '--import', 'tsx'] as const;

interface LocalSecrets {
  passwords: Record<string, string>;
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Generated once per data folder, so restarts keep the same credentials. */
function localSecrets(): LocalSecrets {
  const file = path.join(DATA_DIR, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets: LocalSecrets = {
    passwords: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, randomBytes(18).toString('base64url')])),
    ...generateInternalKeyPair(),
  };
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000}s (${url})`);
}

/** The database runs in a detached supervisor: see postgres-supervisor.ts for why. */
async function startDatabase(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const supervisor = spawn(
    NODE_TS[0],
    [...NODE_TS.slice(1), path.join(__dirname, 'lib', 'postgres-supervisor.ts'), path.join(DATA_DIR, 'postgres'), String(PG_PORT)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => supervisor.once('exit', () => resolve()));
  const message = await new Promise<{ adminUrl?: string; error?: string }>((resolve) => {
    supervisor.once('message', (m) => resolve(m as { adminUrl?: string; error?: string }));
    supervisor.once('exit', (code) => resolve({ error: `PostgreSQL supervisor exited (code ${code})` }));
  });
  if (!message.adminUrl) throw new Error(message.error ?? 'PostgreSQL did not start');
  return {
    adminUrl: message.adminUrl,
    stop: async () => {
      if (supervisor.exitCode === null) supervisor.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  try {
    ensureWebBuild();
    ensureConsoleBuild();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const secrets = localSecrets();
  console.log(
    `Starting embedded PostgreSQL on 127.0.0.1:${PG_PORT} (data in ${path.relative(process.cwd(), DATA_DIR) || '.'}/postgres)...`,
  );
  let pg: Awaited<ReturnType<typeof startDatabase>>;
  try {
    pg = await startDatabase();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const children: ChildProcess[] = [];
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await pg.stop();
    console.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const run = (name: string, entry: string, env: Record<string, string>) => {
    const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), entry], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'development', ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} stopped unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
        void stopAll(1);
      }
    });
    children.push(child);
    return child;
  };

  try {
    const maildev = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'maildev', 'bin', 'maildev'),
        '--ip',
        '127.0.0.1',
        '--smtp',
        String(MAIL_SMTP_PORT),
        '--web',
        String(MAIL_WEB_PORT),
        '--silent',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    maildev.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`maildev stopped unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
        void stopAll(1);
      }
    });
    children.push(maildev);
    for (const subgraph of SUBGRAPHS) {
      const url = await provisionServiceDatabase(pg.adminUrl, {
        database: subgraph.name,
        user: subgraph.name,
        password: secrets.passwords[subgraph.name],
      });
      const child = run(subgraph.name, path.join('services', subgraph.name, 'src', 'index.ts'), {
        PORT: String(subgraph.port),
        METRICS_PORT: String(subgraph.metricsPort),
        DATABASE_URL: url,
        INTERNAL_JWT_PUBLIC_KEY: secrets.publicKeyPem,
        RUN_MIGRATIONS: 'true',
        SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true',
      });
      await waitReady(subgraph.name, `http://127.0.0.1:${subgraph.port}/health/ready`, child);
      // Its migrations created the outbox; the worker delivers it to the mail catcher.
      if (NOTIFYING.has(subgraph.name)) {
        run(`${subgraph.name} notifications`, path.join('packages', 'notifications', 'src', 'main.ts'), {
          DATABASE_URL: url,
          SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
          APP_URL: `http://127.0.0.1:${WEB_PORT}`,
        });
      }
    }
    const gateway = run('gateway', path.join('gateway', 'src', 'index.ts'), {
      PORT: String(GATEWAY_PORT),
      METRICS_PORT: String(GATEWAY_METRICS_PORT),
      INTERNAL_JWT_PRIVATE_KEY: secrets.privateKeyPem,
      SUPERGRAPH_PATH: path.join(ROOT, 'schema', 'supergraph.graphql'),
    });
    await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`, gateway);
    await serveWebClient(`http://127.0.0.1:${GATEWAY_PORT}`);
  } catch (error) {
    console.error((error as Error).message);
    await stopAll(1);
    return;
  }

  console.log(`
The Hauts-de-Seine equality graph is running (demo data is fictitious).

  Web client (public)           http://127.0.0.1:${WEB_PORT}  (apps/web/dist; strict CSP; /graphql and /auth/* go to the gateway)
  Gateway (GraphQL + explorer)  http://localhost:${GATEWAY_PORT}/graphql
  Query console (analysts)      http://localhost:${GATEWAY_PORT}/console/  (apps/console/dist, served by the gateway)
${SUBGRAPHS.map((s) => `  ${`${s.name} subgraph`.padEnd(29)} http://localhost:${s.port}/graphql  (gateway token only)`).join('\n')}
  Health                        /health/live  /health/ready  on each of those ports
  Mail catcher (maildev)        http://127.0.0.1:${MAIL_WEB_PORT}  (every email the notification workers send; SMTP on ${MAIL_SMTP_PORT})
  Metrics (Prometheus, loopback only, not on the ports above)
    ${'gateway'.padEnd(26)} http://127.0.0.1:${GATEWAY_METRICS_PORT}/metrics
${SUBGRAPHS.map((s) => `    ${s.name.padEnd(26)} http://127.0.0.1:${s.metricsPort}/metrics`).join('\n')}

  A development token:          pnpm run token ANALYST      (roles: MENTEE MENTOR COORDINATOR PROFESSIONAL TRAINER ANALYST ADMIN)
  Try:  curl -s localhost:${GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
          -d '{"query":"{ communes { code name population mentoring { mentorCount } training { trainedCount } } }"}'

Press Ctrl-C to stop.`);
}

void main();
