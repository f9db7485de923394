// What an image runs, run here without Docker: a deployable built to dist/ (scripts/build.ts),
// given production dependencies by its Dockerfile's own `pnpm deploy` line, then started as
// plain JavaScript on the Node running this test (20, and 22 in CI's second pass).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, testKeys, type TestDatabase } from '@equality-graph/testing';
import { buildDeployable } from '../build';
import { DEPLOYABLES, inDeployable, type Deployable } from '../lib/deployables';
import { ROOT, SUPERGRAPH_PATH } from '../lib/subgraphs';

const deployable = (name: string): Deployable => {
  const found = DEPLOYABLES.find((d) => d.name === name);
  if (!found) throw new Error(`no deployable ${name}`);
  return found;
};
/** Builds and boots real processes: slow on a loaded machine, so a longer bound than jest's 60 s. */
const PROCESSES_TIMEOUT_MS = 180_000;
const noModules = (source: string) => !source.split(path.sep).includes('node_modules');

/** The image's /app, assembled in a temporary folder by the Dockerfile's build and deploy lines. */
function assembleImage(target: Deployable): { workspace: string; app: string } {
  const workspace = mkdtempSync(path.join(tmpdir(), `equality-graph-image-${target.name}-`));
  const app = path.join(workspace, 'out');
  // The Docker build context: lockfile, workspace manifests, the packages and this deployable.
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', '.npmrc'])
    cpSync(path.join(ROOT, file), path.join(workspace, file));
  cpSync(path.join(ROOT, 'packages'), path.join(workspace, 'packages'), { recursive: true, filter: noModules });
  cpSync(inDeployable(target), path.join(workspace, target.dir), { recursive: true, filter: noModules });
  const deployLine = /^RUN (pnpm .* deploy \/out .*)$/m.exec(readFileSync(inDeployable(target, 'Dockerfile'), 'utf8'));
  if (!deployLine) throw new Error('no pnpm deploy line in the Dockerfile');
  const args = deployLine[1].replace('/out', app).split(' ').slice(1);
  // Offline: the store that `pnpm install` filled has every package; nothing is downloaded here.
  const deploy = spawnSync('pnpm', [...args, '--offline'], { cwd: workspace, encoding: 'utf8' });
  if (deploy.status !== 0) throw new Error(`pnpm deploy failed:\n${deploy.stdout}\n${deploy.stderr}`);
  return { workspace, app };
}

/** Starts `node dist/index.js` in `app`; resolves with its port once it logs `listening`. */
function startBuilt(app: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: app,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', METRICS_PORT: '0', ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+).*listening/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('close', (code) => reject(new Error(`exited ${String(code)} before listening:\n${output}`)));
  });
  return { listening, stop: () => (child.kill('SIGTERM'), exited) };
}

const postTypename = (port: number) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('the training image, assembled by its Dockerfile commands outside Docker', () => {
  const training = deployable('training');
  let image: { workspace: string; app: string };
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('training');
    await buildDeployable(training);
    image = assembleImage(training);
  }, PROCESSES_TIMEOUT_MS);
  afterAll(async () => {
    rmSync(image.workspace, { recursive: true, force: true });
    await database.drop();
  });

  test(
    'dist/migrate.js applies the migrations with production dependencies only',
    () => {
      const migrate = spawnSync(process.execPath, ['dist/migrate.js'], {
        cwd: image.app,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: database.url },
      });
      expect([migrate.status, migrate.stderr]).toEqual([0, '']);
      expect(migrate.stdout).toMatch(/"msg":"\d+ migration\(s\) applied"/);
    },
    PROCESSES_TIMEOUT_MS,
  );

  test(
    'dist/index.js serves: ready on its database, 401 without the gateway token, clean exit on SIGTERM',
    async () => {
      const running = startBuilt(image.app, {
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem,
      });
      try {
        const port = await running.listening;
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
        expect((await postTypename(port)).status).toBe(401);
      } finally {
        expect(await running.stop()).toBe(0);
      }
    },
    PROCESSES_TIMEOUT_MS,
  );
});

describe('the gateway image, assembled by its Dockerfile commands outside Docker', () => {
  const gateway = deployable('gateway');
  let image: { workspace: string; app: string };

  beforeAll(async () => {
    await buildDeployable(gateway);
    image = assembleImage(gateway);
    // What the image adds beside /app (the Dockerfile's COPY) and what is mounted at SUPERGRAPH_PATH.
    cpSync(path.join(ROOT, 'schema', 'operations'), path.join(image.app, 'schema', 'operations'), { recursive: true });
    mkdirSync(path.join(image.workspace, 'supergraph'));
    cpSync(SUPERGRAPH_PATH, path.join(image.workspace, 'supergraph', 'supergraph.graphql'));
    // The console, built by the Dockerfile's own line into the folder its final stage copies to
    // /app/console (CONSOLE_DIR).
    const dockerfile = readFileSync(inDeployable(gateway, 'Dockerfile'), 'utf8');
    const consoleLine = /^RUN (pnpm --filter console build --out-dir) \/console$/m.exec(dockerfile);
    if (!consoleLine) throw new Error('no console build line in the gateway Dockerfile');
    expect(dockerfile).toMatch(/^COPY --from=build \/console \.\/console$/m);
    expect(dockerfile).toMatch(/CONSOLE_DIR=\/app\/console\b/);
    const build = spawnSync('pnpm', [...consoleLine[1].split(' ').slice(1), path.join(image.app, 'console')], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`console build failed:\n${build.stdout}\n${build.stderr}`);
  }, PROCESSES_TIMEOUT_MS);
  afterAll(() => rmSync(image.workspace, { recursive: true, force: true }));

  test(
    'dist/index.js loads the mounted supergraph in production mode, answers and serves the console, then exits cleanly',
    async () => {
      const running = startBuilt(image.app, {
        NODE_ENV: 'production',
        SUPERGRAPH_PATH: path.join(image.workspace, 'supergraph'),
        INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem,
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://idp.invalid/realms/test',
        OIDC_AUDIENCE: 'equality-graph',
        // Fetched on the first client token only; none is sent here.
        OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks',
        CONSOLE_DIR: path.join(image.app, 'console'),
      });
      try {
        const port = await running.listening;
        expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
        const consolePage = await fetch(`http://127.0.0.1:${port}/console/`);
        expect(consolePage.status).toBe(200);
        expect(await consolePage.text()).toMatch(/<script type="module"[^>]* src="\/console\/assets\//);
        const answer = await postTypename(port);
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });
      } finally {
        expect(await running.stop()).toBe(0);
      }
    },
    PROCESSES_TIMEOUT_MS,
  );
});
