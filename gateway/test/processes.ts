// Real processes for the deployment and trace tests: a subgraph or the gateway started as it is
// deployed (`node --import tsx <entry>` with its own environment), its ports read from its
// "listening" log line.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, testKeys, type TestDatabase } from '@equality-graph/testing';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ChildService {
  name: string;
  url: string;
  port: number;
  /** Its /metrics listener. */
  metricsUrl: string;
  child: ChildProcess;
  /** The last log lines (stdout and stderr), to explain a failure. */
  logs: string[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM (the orchestrator's stop), then waits for the exit code. */
  stop(): Promise<number | null>;
}

const started = new Set<ChildProcess>();

/** SIGTERM to every process this file started that is still running (afterAll, even after a failed start). */
export async function stopStartedProcesses(): Promise<void> {
  await Promise.all(
    [...started].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Starts `entry` (relative to the repository root) and waits for its "listening" line. */
export function startProcess(name: string, entry: string, env: Record<string, string>): Promise<ChildService> {
  // Only what a deployment would set: none of the test runner's own variables (OTEL_* included).
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TMPDIR: process.env.TMPDIR ?? '/tmp' };
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const keep = (line: string) => {
    logs.push(line);
    if (logs.length > 200) logs.shift();
  };
  if (child.stderr) createInterface({ input: child.stderr }).on('line', keep);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening:\n${logs.join('\n')}`)));
    if (!child.stdout) return reject(new Error(`${name}: no stdout`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line);
      let entryLog: { msg?: string; port?: number; metricsPort?: number };
      try {
        entryLog = JSON.parse(line) as { msg?: string; port?: number; metricsPort?: number };
      } catch {
        return;
      }
      if (entryLog.msg?.endsWith('listening') && entryLog.port) {
        const port = entryLog.port;
        resolve({
          name,
          port,
          url: `http://127.0.0.1:${port}/graphql`,
          metricsUrl: `http://127.0.0.1:${entryLog.metricsPort}/metrics`,
          child,
          logs,
          exited,
          stop: () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
  });
}

export interface ChildSubgraph extends ChildService {
  database: TestDatabase;
}

/** A subgraph process over a fresh, migrated database (or `database`, for a second version of it). */
export async function startSubgraphProcess(
  name: 'mentoring' | 'observatory' | 'training',
  options: { entry?: string; database?: TestDatabase; env?: Record<string, string> } = {},
): Promise<ChildSubgraph> {
  const database = options.database ?? (await createTestDatabase(name));
  const service = await startProcess(name, options.entry ?? path.join('services', name, 'src', 'index.ts'), {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem,
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    RUN_MIGRATIONS: 'true',
    SEED_DEMO_DATA: 'false',
    ...options.env,
  });
  return { ...service, database };
}

/**
 * One GraphQL POST on a connection of its own (no keep-alive): a client of these tests never
 * reuses a socket the server may be closing, so what fails is the graph, not the test's pool.
 */
export function postOnce<D>(
  url: string,
  query: string,
  token?: string,
): Promise<{
  status: number;
  requestId: string;
  body: { data?: D; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const payload = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              requestId: String(response.headers['x-request-id'] ?? ''),
              body: JSON.parse(text),
            });
          } catch {
            reject(new Error(`non-JSON answer (${response.statusCode}): ${text.slice(0, 200)}`));
          }
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** GET a text (metrics) on a connection of its own. */
export function getText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      })
      .on('error', reject);
  });
}

/** GET a JSON document (health, readiness) on a connection of its own. */
export async function getJson<T>(url: string): Promise<T> {
  return JSON.parse(await getText(url)) as T;
}
