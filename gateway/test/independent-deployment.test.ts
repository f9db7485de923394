// A service team ships alone: training v2 (one new field) starts beside v1, `pnpm schema:publish`
// hands the gateway a supergraph routing to v2, v1 gets SIGTERM with requests in flight and drains,
// and 20 clients see no failure throughout. A supergraph that does not compose never reaches the
// gateway; one that does not load is refused by the gateway itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testKeys } from '@equality-graph/testing';
import { DEV_SECRET, tokenFor } from '@equality-graph/testing/graph';
import { subgraphKey, writeDelivery } from '../../scripts/lib/supergraph-delivery';
import { compose, readSources } from '../../scripts/lib/supergraph';
import { RELEASE, RELEASE_FIELD_SDL } from './fixtures/training-release';
import { startHeldLink } from './held-link';
import {
  ROOT,
  getJson,
  getText,
  postOnce,
  startProcess,
  startSubgraphProcess,
  stopStartedProcesses,
  type ChildService,
  type ChildSubgraph,
} from './processes';

jest.setTimeout(600_000);

const CLIENTS = 20;
// Reaches observatory and training (Commune.training through _entities) on every request.
const OVERVIEW = 'query Overview { communes { code training { sessionCount } } }';
// Held requests wait through a whole publish: deadlines far beyond it (tokens live as long).
const LONG_DEADLINE = { OPERATION_TIMEOUT_MS: '120000', SUBGRAPH_TIMEOUT_MS: '120000' };
const SUBGRAPH_ENV = { INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: '120', SHUTDOWN_GRACE_MS: '60000' };

let delivery: string;
let mentoring: ChildSubgraph;
let observatory: ChildSubgraph;
let trainingV1: ChildSubgraph;
let trainingV2: ChildSubgraph | undefined;
let link: Awaited<ReturnType<typeof startHeldLink>>;
let gateway: ChildService;

interface Ready {
  status: string;
  supergraph: { hash: string; loadedAt: string; refused: number };
}
const ready = () => getJson<Ready>(gateway.url.replace('/graphql', '/health/ready'));

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** 20 clients, each sending the overview again as soon as it has its answer, until stopped. */
function drive() {
  let running = true;
  let next = 0;
  const pending = new Set<number>();
  const outcome = { total: 0, failures: [] as string[] };
  const clients = Array.from({ length: CLIENTS }, async (_, i) => {
    const token = await tokenFor('PROFESSIONAL', `deploy-client-${i}`);
    while (running) {
      const id = next++;
      pending.add(id);
      try {
        const { status, body } = await postOnce<{ communes: unknown[] }>(gateway.url, OVERVIEW, token);
        outcome.total += 1;
        if (status !== 200 || body.errors || body.data?.communes.length !== 36)
          outcome.failures.push(`${status} ${JSON.stringify(body.errors)}`);
      } catch (error) {
        outcome.failures.push((error as Error).message);
      } finally {
        pending.delete(id);
      }
    }
  });
  return {
    outcome,
    /** The requests in flight now. */
    inFlight: () => new Set(pending),
    /** How many of `ids` have no answer yet. */
    unanswered: (ids: Set<number>) => [...ids].filter((id) => pending.has(id)).length,
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return outcome;
    },
  };
}

/** `pnpm schema:publish` as a team runs it (its own process: the gateway and clients keep running). */
function publish(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/schema-publish.ts', ...args, '--delivery', delivery], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Whether anything accepts a connection on `port` any more. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

beforeAll(async () => {
  delivery = mkdtempSync(path.join(tmpdir(), 'supergraph-delivery-'));
  [mentoring, observatory, trainingV1] = await Promise.all([
    startSubgraphProcess('mentoring', { env: SUBGRAPH_ENV }),
    startSubgraphProcess('observatory', { env: SUBGRAPH_ENV }),
    startSubgraphProcess('training', { env: SUBGRAPH_ENV }),
  ]);
  link = await startHeldLink(trainingV1.url);
  // The platform as first deployed: each subgraph's SDL, training reached through the link.
  const urls: Record<string, string> = { mentoring: mentoring.url, observatory: observatory.url, training: link.url };
  const { supergraphSdl, printed } = compose(readSources().map((s) => ({ ...s, url: urls[s.name] })));
  writeDelivery(delivery, {
    'supergraph.graphql': supergraphSdl,
    ...Object.fromEntries(printed.map((p) => [subgraphKey(p.name), p.sdl])),
  });
  // The gateway as deployed, its own process (a swap's validation blocks its loop, not the clients').
  gateway = await startProcess('gateway', 'gateway/src/index.ts', {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    SUPERGRAPH_PATH: delivery,
    INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem,
    DEV_JWT_SECRET: DEV_SECRET,
    RATE_LIMIT_MAX: '0',
    ...LONG_DEADLINE,
  });
});

afterAll(async () => {
  await gateway?.stop();
  await link?.close();
  for (const service of [mentoring, observatory, trainingV1, trainingV2]) {
    if (!service) continue;
    await service.stop();
    await service.database.drop().catch(() => undefined);
  }
  await stopStartedProcesses();
  rmSync(delivery, { recursive: true, force: true });
});

test('a supergraph that does not compose is refused at publish, and the gateway keeps its supergraph and its answers', async () => {
  const before = await ready();
  const clients = drive();
  const sdlFile = path.join(delivery, '..', `${path.basename(delivery)}-bad.graphql`);
  // observatory owns Query.communes: a second, non-shareable definition cannot compose.
  writeFileSync(
    sdlFile,
    `${readFileSync(path.join(ROOT, 'services/training/src/schema.graphql'), 'utf8')}\nextend type Query { communes: [String!] }\n`,
  );
  const refused = await publish(['training', '--sdl', sdlFile]);
  rmSync(sdlFile);
  const outcome = await clients.stop();

  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/refused: training not published[\s\S]*composition failed/);
  expect((await ready()).supergraph).toEqual(before.supergraph);
  expect(outcome.failures).toEqual([]);
  expect(outcome.total).toBeGreaterThanOrEqual(CLIENTS);
});

test('training v2 replaces v1 under 20 clients: published, v1 drains its in-flight requests after SIGTERM, no client request fails', async () => {
  const before = await ready();
  const clients = drive();
  await waitFor(
    async () => clients.outcome.total,
    (total) => total >= CLIENTS,
  );

  // v2 beside v1, on the same database, its own process and port.
  trainingV2 = await startSubgraphProcess('training', {
    entry: path.join('gateway', 'test', 'fixtures', 'training-v2.ts'),
    database: trainingV1.database,
    env: SUBGRAPH_ENV,
  });
  // The next requests the gateway sends to v1 stay in flight there until released.
  link.hold(3);
  await waitFor(
    async () => link.held(),
    (held) => held === 3,
  );

  const sdlFile = path.join(delivery, '..', `${path.basename(delivery)}-v2.graphql`);
  writeFileSync(sdlFile, `${readFileSync(path.join(ROOT, 'services/training/src/schema.graphql'), 'utf8')}\n${RELEASE_FIELD_SDL}`);
  const published = await publish(['training', '--sdl', sdlFile, '--url', trainingV2.url]);
  rmSync(sdlFile);
  expect(published.output).toMatch(/published training/);
  const hash = /sha256 ([0-9a-f]{64})/.exec(published.output)?.[1];
  expect(hash).toBeDefined();

  // The gateway took it: operations planned from now on go to v2. Those planned before may still
  // call v1 (their training fetch comes after observatory's): the orchestrator's drain wait is
  // until they have answered, all but the three held at v1.
  const after = await waitFor(ready, (r) => r.supergraph.hash === hash);
  expect(after.supergraph.hash).not.toBe(before.supergraph.hash);
  const plannedBefore = clients.inFlight();
  await waitFor(
    async () => clients.unanswered(plannedBefore),
    (left) => left === link.held(),
  );

  // SIGTERM while the held requests are in flight on v1: it stops accepting, and finishes them.
  const forwardedAtStop = link.state.forwarded;
  const exitCode = trainingV1.stop();
  await waitFor(
    () => accepts(trainingV1.port),
    (open) => !open,
  );
  expect(link.held()).toBe(3);
  expect(link.release()).toBe(3);
  expect(await exitCode).toBe(0);

  const { status, body } = await postOnce<{ trainingRelease: string }>(gateway.url, '{ trainingRelease }', await tokenFor('PROFESSIONAL'));
  const outcome = await clients.stop();

  expect({ status, body }).toEqual({ status: 200, body: { data: { trainingRelease: RELEASE } } });
  // Nothing reached v1 after its SIGTERM, and nothing failed on the way to it.
  expect(link.state.forwarded).toBe(forwardedAtStop);
  expect(link.state.errors).toBe(0);
  // A failure comes with what the gateway logged about its subgraph calls.
  const callFailures = gateway.logs.filter((line) => line.includes('subgraph call'));
  expect({ failures: outcome.failures, callFailures }).toEqual({ failures: [], callFailures: [] });
  expect(outcome.total).toBeGreaterThan(CLIENTS);
});

test('a supergraph put in the delivery by other means that does not load is refused by the gateway, which keeps serving', async () => {
  const before = await ready();
  const current = readFileSync(path.join(delivery, 'supergraph.graphql'), 'utf8');
  // Two join__field directives on one field: it parses, but no subgraph can be extracted from it.
  const broken = current.replace(/(trainingRelease: String!) (@join__field\(graph: TRAINING\))/, '$1 $2 $2');
  expect(broken).not.toBe(current);
  writeDelivery(delivery, { 'supergraph.graphql': broken });

  const refused = await waitFor(ready, (r) => r.supergraph.refused > before.supergraph.refused);
  expect(refused.supergraph.hash).toBe(before.supergraph.hash);
  expect(refused.status).toBe('ok');
  const { body } = await postOnce<{ trainingRelease: string }>(gateway.url, '{ trainingRelease }', await tokenFor('PROFESSIONAL'));
  expect(body).toEqual({ data: { trainingRelease: RELEASE } });
  const metrics = await getText(gateway.metricsUrl);
  expect(metrics).toMatch(new RegExp(`gateway_supergraph_info\\{hash="${before.supergraph.hash}",service="gateway"\\} 1`));
  expect(metrics).toMatch(/gateway_supergraph_refused_total\{service="gateway"\} [1-9]/);
});
