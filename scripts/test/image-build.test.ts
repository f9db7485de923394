// What an image runs, run here without Docker: a subgraph built to dist/ (scripts/build.ts), given
// production dependencies by its Dockerfile's own `pnpm deploy` line, migrates and serves as
// plain JavaScript on the Node running this test (20, and 22 in CI's second pass).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, testKeys, type TestDatabase } from '@equality-graph/testing';
import { buildDeployable } from '../build';
import { DEPLOYABLES, inDeployable } from '../lib/deployables';
import { ROOT } from '../lib/subgraphs';

const training = DEPLOYABLES.filter((d) => d.name === 'training')[0];
const noModules = (source: string) => !source.split(path.sep).includes('node_modules');

describe('the training image, assembled by its Dockerfile commands outside Docker', () => {
  let workspace: string;
  let app: string;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('training');
    workspace = mkdtempSync(path.join(tmpdir(), 'equality-graph-image-'));
    app = path.join(workspace, 'out');
    await buildDeployable(training);
    // The Docker build context: lockfile, workspace manifests, the packages and this service.
    for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', '.npmrc'])
      cpSync(path.join(ROOT, file), path.join(workspace, file));
    cpSync(path.join(ROOT, 'packages'), path.join(workspace, 'packages'), { recursive: true, filter: noModules });
    cpSync(inDeployable(training), path.join(workspace, training.dir), { recursive: true, filter: noModules });
    const deployLine = /^RUN (pnpm .* deploy \/out .*)$/m.exec(readFileSync(inDeployable(training, 'Dockerfile'), 'utf8'));
    if (!deployLine) throw new Error('no pnpm deploy line in the Dockerfile');
    const args = deployLine[1].replace('/out', app).split(' ').slice(1);
    // Offline: the store that `pnpm install` filled has every package; nothing is downloaded here.
    const deploy = spawnSync('pnpm', [...args, '--offline'], { cwd: workspace, encoding: 'utf8' });
    if (deploy.status !== 0) throw new Error(`pnpm deploy failed:\n${deploy.stdout}\n${deploy.stderr}`);
  }, 180_000);
  afterAll(async () => {
    rmSync(workspace, { recursive: true, force: true });
    await database.drop();
  });

  test('dist/migrate.js applies the migrations with production dependencies only', () => {
    const migrate = spawnSync(process.execPath, ['dist/migrate.js'], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATABASE_URL: database.url },
    });
    expect([migrate.status, migrate.stderr]).toEqual([0, '']);
    expect(migrate.stdout).toMatch(/"msg":"\d+ migration\(s\) applied"/);
  });

  test('dist/index.js serves: ready on its database, 401 without the gateway token, clean exit on SIGTERM', async () => {
    const child = spawn(process.execPath, ['dist/index.js'], {
      cwd: app,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem,
        HOST: '127.0.0.1',
        PORT: '0',
        METRICS_PORT: '0',
      },
    });
    let output = '';
    const listening = new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"port":(\d+).*subgraph listening/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.on('close', (code) => reject(new Error(`exited ${String(code)} before listening:\n${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const port = await listening;
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      const anonymous = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(anonymous.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
