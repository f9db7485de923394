// Erasure across the graph (issue 16): one operation with each service's erasure as a root field,
// through the real gateway. With training down, mentoring's part is done and training's field says
// so; the same operation once training is back completes it; each service keeps a receipt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mintDevToken } from '@equality-graph/auth';
import { startSubgraph, type RunningService } from '@equality-graph/service-kit';
import { createTestDatabase, testKeys, type TestDatabase } from '@equality-graph/testing';
import { DEV_SECRET, startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { postGraphql } from '@equality-graph/testing';
import { training } from '../../training/src/service';
import { insertCourse, insertSession } from '../../training/test/fixtures';

const ERASE = readFileSync(path.resolve(__dirname, '../../../schema/operations/EraseMyData.graphql'), 'utf8');

let graph: TestGraph;
let trainingDb: TestDatabase;
let trainingService: RunningService | null = null;
let gateway: RunningService;

/** Training on its own database, so it can go down and come back on the same port with its data. */
function startTraining(port: number): Promise<RunningService> {
  return startSubgraph(training, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: trainingDb.url,
    DATABASE_POOL_SIZE: 4,
    INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem,
    HOST: '127.0.0.1',
    PORT: port,
    METRICS_HOST: '127.0.0.1',
    METRICS_PORT: 0,
    INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: 20,
    SHUTDOWN_GRACE_MS: 500,
    RUN_MIGRATIONS: true,
    SEED_DEMO_DATA: false,
  });
}

beforeAll(async () => {
  [graph, trainingDb] = await Promise.all([startTestGraph(), createTestDatabase('training')]);
  trainingService = await startTraining(0);
  gateway = await graph.startGateway({
    SUBGRAPH_URLS: `mentoring=${graph.subgraphs.mentoring.url},observatory=${graph.subgraphs.observatory.url},training=${trainingService.url}`,
  });
}, 120_000);
afterAll(async () => {
  await trainingService?.stop();
  await graph?.stop();
  await trainingDb?.drop();
});

type Erasure = {
  deleteMyData: { menteeErased: boolean; receipt: { service: string } } | null;
  deleteMyTrainingData: { enrolmentsErased: number; receipt: { service: string } } | null;
};

test('with training down, mentoring is erased and training reports its part undone; the retry once it is back completes it', async () => {
  const token = await mintDevToken(DEV_SECRET, { sub: 'erase-me', roles: ['PROFESSIONAL'], name: 'Awa D.' });
  const call = <D>(query: string, variables?: Record<string, unknown>) => postGraphql<D>(gateway.url, query, { token, variables });
  const applied = await call<{ applyAsMentee: { id: string } }>(
    'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id } }',
    {
      input: {
        firstName: 'Awa',
        birthYear: new Date().getUTCFullYear() - 25,
        commune: '92050',
        situation: 'salariée',
        projectSummary: 'Reprendre des études',
        interests: ['droit'],
        formats: ['REMOTE'],
        availability: 'le soir',
        charterVersion: 'charte-2026-01',
      },
    },
  );
  expect(applied.body.errors).toBeUndefined();
  const sessionId = await insertSession(trainingService!.dataSource!, await insertCourse(trainingService!.dataSource!));
  const enrolled = await call('mutation ($input: EnrolInput!) { enrol(input: $input) { status } }', {
    input: { sessionId, sector: 'HEALTH' },
  });
  expect(enrolled.body.errors).toBeUndefined();

  const port = trainingService!.port;
  await trainingService!.stop();
  trainingService = null;
  const first = await call<Erasure>(ERASE);
  const failed = first.body.errors ?? [];
  // The gateway names the service whose part failed (its field is null, and being non-null, so is data).
  expect(failed.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([['SUBGRAPH_UNAVAILABLE', 'training']]);
  // Mentoring's part is done even though the response's data is null (a non-null field failed).
  const [mentee] = await graph.subgraphs.mentoring.dataSource!.query('SELECT account_id, erased_at FROM mentee WHERE id = $1', [
    applied.body.data!.applyAsMentee.id,
  ]);
  expect(mentee.account_id).toBeNull();
  expect(mentee.erased_at).not.toBeNull();

  trainingService = await startTraining(port);
  const retry = await call<Erasure>(ERASE);
  expect(retry.body.errors).toBeUndefined();
  expect(retry.body.data!.deleteMyTrainingData).toMatchObject({ enrolmentsErased: 1, receipt: { service: 'training' } });
  expect(retry.body.data!.deleteMyData).toMatchObject({ menteeErased: false, receipt: { service: 'mentoring' } });

  const receipts = await call<{ me: { mentoringErasureReceipts: unknown[]; trainingErasureReceipts: unknown[] } }>(
    '{ me { mentoringErasureReceipts { service erasedAt items { what count } } trainingErasureReceipts { service erasedAt } } }',
  );
  expect(receipts.body.errors).toBeUndefined();
  expect(receipts.body.data!.me.mentoringErasureReceipts).toHaveLength(2);
  expect(receipts.body.data!.me.trainingErasureReceipts).toHaveLength(1);
}, 120_000);
