// Replicas starting together apply each migration once (the kit's advisory lock), proven with two
// real processes released at the same instant against the test PostgreSQL; and the migration
// command a Job runs (`services/<name>/src/migrate.ts`) applies pending migrations, then nothing.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@equality-graph/testing';
import { training } from '../../services/training/src/service';
import { ROOT } from '../lib/subgraphs';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): { child: ChildProcessWithoutNullStreams; exit: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, exit };
}

function readyLine(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.on('close', (code) => reject(new Error(`replica exited (${String(code)}) before it was ready`)));
  });
}

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Each test boots real processes (tsx, TypeORM): slow on a loaded machine, so a longer bound than jest's 60 s. */
const PROCESSES_TIMEOUT_MS = 180_000;

const appliedBy = (exit: Exit) => (JSON.parse(exit.stdout.trim().split('\n').pop() ?? '{}') as { applied: string[] }).applied;

describe('two replicas migrating the same database at once', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('training');
  });
  afterAll(() => database.drop());

  test(
    'run each migration exactly once: one applies them all, the other waits and finds none pending',
    async () => {
      const replicas = [0, 1].map(() => run([path.join('scripts', 'test', 'fixtures', 'migrating-replica.ts'), database.url]));
      await Promise.all(replicas.map(({ child }) => readyLine(child)));
      for (const { child } of replicas) child.stdin.write('go\n');
      const exits = await Promise.all(replicas.map(({ exit }) => exit));

      expect(exits.map((e) => [e.code, e.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const expected = ['LockProbe1000000000000', ...training.migrations.map((m) => m.name)];
      const applied = exits.map(appliedBy).sort((a, b) => b.length - a.length);
      expect(applied).toEqual([expected, []]);
      expect(await rows(database.url, 'SELECT count(*)::int AS n FROM lock_probe')).toEqual([{ n: 1 }]);
      const recorded = await rows<{ name: string }>(database.url, 'SELECT name FROM migrations ORDER BY id');
      expect(recorded.map((r) => r.name)).toEqual(expected);
    },
    PROCESSES_TIMEOUT_MS,
  );
});

describe('the migration command (services/training/src/migrate.ts)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('training');
  });
  afterAll(() => database.drop());

  test(
    'applies the pending migrations with DATABASE_URL alone, then finds none on a second run',
    async () => {
      const command = path.join('services', 'training', 'src', 'migrate.ts');
      const env = { DATABASE_URL: database.url, LOG_LEVEL: 'info', INTERNAL_JWT_PUBLIC_KEY: '' };
      const first = await run([command], env).exit;
      expect([first.code, first.stderr]).toEqual([0, '']);
      expect(first.stdout).toContain(`${training.migrations.length} migration(s) applied`);
      const recorded = await rows<{ name: string }>(database.url, 'SELECT name FROM migrations ORDER BY id');
      expect(recorded.map((r) => r.name)).toEqual(training.migrations.map((m) => m.name));
      const second = await run([command], env).exit;
      expect([second.code, second.stdout]).toEqual([0, expect.stringContaining('no migration pending')]);
    },
    PROCESSES_TIMEOUT_MS,
  );

  test(
    'refuses to start without a PostgreSQL URL, naming the variable',
    async () => {
      const exit = await run([path.join('services', 'training', 'src', 'migrate.ts')], { DATABASE_URL: 'mysql://x' }).exit;
      expect(exit.code).toBe(1);
      expect(exit.stderr).toMatch(/training migrate: invalid configuration[\s\S]*DATABASE_URL: must start with postgres/);
    },
    PROCESSES_TIMEOUT_MS,
  );
});
