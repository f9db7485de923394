// What the programme grants holds across the graph (issue 16, item 1), through the real gateway and
// the three real subgraphs: an account the identity provider gave no role offers to mentor, and
// training's `enrol` (scope training:enrol) refuses her until a coordinator approves her profile,
// admits her at once after (same gateway), and refuses her again once she erased her data; nobody
// else gets her grant; anonymous traffic and coordinators never make the gateway ask mentoring.
import { mintDevToken } from '@equality-graph/auth';
import { DEV_SECRET, startTestGraph, tokenFor, type TestGraph } from '@equality-graph/testing/graph';
import { postGraphql } from '@equality-graph/testing';
import { insertCourse, insertSession } from '../../services/training/test/fixtures';
import { TEST_REDIS_URL, redisReady, redisTest } from './redis';

let graph: TestGraph;
beforeAll(async () => {
  // A long TTL: what the test sees after approval and erasure is the gateway dropping its cache, not expiry.
  graph = await startTestGraph({ env: { PROGRAMME_ROLES_TTL_SECONDS: '300' } });
}, 120_000);
afterAll(() => graph?.stop());

const noRole = (sub: string) => mintDevToken(DEV_SECRET, { sub, roles: [] });
const ENROL = 'mutation ($input: EnrolInput!) { enrol(input: $input) { status } }';
const REGISTER = 'mutation ($input: MentorProfileInput!) { registerAsMentor(input: $input) { id status } }';
const PROFILE = {
  displayName: 'Nadia',
  expertise: ['droit'],
  languages: ['français'],
  commune: '92050',
  formats: ['REMOTE'],
  capacity: 2,
  published: true,
  charterVersion: 'charte-2026-01',
};

async function newSession(): Promise<string> {
  const db = graph.subgraphs.training.dataSource!;
  return insertSession(db, await insertCourse(db));
}
const enrol = async (token: string, sessionId: string, url = graph.gateway.url) =>
  (
    await postGraphql<{ enrol: { status: string } }>(url, ENROL, {
      token,
      variables: { input: { sessionId, sector: 'HEALTH', displayName: 'Nadia K.' } },
    })
  ).body;

/** gateway_programme_roles_lookups_total by outcome, read off the gateway's /metrics listener. */
async function lookups(metricsUrl = graph.gateway.metricsUrl!): Promise<Record<string, number>> {
  const text = await (await fetch(metricsUrl)).text();
  const counts: Record<string, number> = { cached: 0, asked: 0, failed: 0 };
  for (const m of text.matchAll(/^gateway_programme_roles_lookups_total\{[^}]*outcome="(\w+)"[^}]*\} (\d+)/gm)) counts[m[1]] = Number(m[2]);
  return counts;
}

test('an approved mentor with no role from the identity provider enrols in training; before approval and after erasure she cannot', async () => {
  const nadia = await noRole('grant-nadia');
  const first = await newSession();

  const offered = await graph.query<{ registerAsMentor: { id: string; status: string } }>(REGISTER, {
    token: nadia,
    variables: { input: PROFILE },
  });
  expect(offered.body.errors).toBeUndefined();
  expect(offered.body.data!.registerAsMentor.status).toBe('PENDING');

  // Pending: the programme grants nothing yet (and this answer is now cached for 300 s).
  expect((await enrol(nadia, first)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const approved = await graph.query('mutation ($id: ID!) { approveMentor(id: $id) { status } }', {
    token: await tokenFor('COORDINATOR', 'grant-coordinator'),
    variables: { id: offered.body.data!.registerAsMentor.id },
  });
  expect(approved.body.errors).toBeUndefined();

  // The approval went through this gateway, which dropped what it had kept: admitted at once.
  const enrolled = await enrol(nadia, first);
  expect(enrolled.errors).toBeUndefined();
  expect(enrolled.data!.enrol.status).toBe('BOOKED');
  // Every subgraph sees the granted role: mentoring's `me` reports it too.
  const me = await graph.query<{ me: { roles: string[] } }>('{ me { roles } }', { token: nadia });
  expect(me.body.data!.me.roles).toEqual(['MENTOR']);

  // A third account gets nothing from her approval.
  expect((await enrol(await noRole('grant-someone-else'), first)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

  // Erasure through the gateway: her mentor record is anonymised and the grant goes with it.
  const erased = await graph.query<{ deleteMyData: { mentorErased: boolean } }>('mutation { deleteMyData { mentorErased } }', {
    token: nadia,
  });
  expect(erased.body.data!.deleteMyData.mentorErased).toBe(true);
  expect((await enrol(nadia, await newSession())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

test('a suspended mentor loses the grant at once', async () => {
  const claire = await noRole('grant-claire');
  const coordinator = await tokenFor('COORDINATOR', 'grant-coordinator');
  const offered = await graph.query<{ registerAsMentor: { id: string } }>(REGISTER, { token: claire, variables: { input: PROFILE } });
  const id = offered.body.data!.registerAsMentor.id;
  await graph.query('mutation ($id: ID!) { approveMentor(id: $id) { status } }', { token: coordinator, variables: { id } });
  expect((await enrol(claire, await newSession())).errors).toBeUndefined();
  await graph.query('mutation ($id: ID!) { suspendMentor(id: $id) { status } }', { token: coordinator, variables: { id } });
  expect((await enrol(claire, await newSession())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

describe('with REDIS_URL', () => {
  redisTest('a suspension through one replica drops the grant on the others at once, not after the TTL', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, PROGRAMME_ROLES_TTL_SECONDS: '300' };
    const [a, b] = await Promise.all([graph.startGateway(env), graph.startGateway(env)]);
    await Promise.all([redisReady(a.url), redisReady(b.url)]);
    const ines = await noRole('grant-ines');
    const coordinator = await tokenFor('COORDINATOR', 'grant-coordinator');
    const offered = await postGraphql<{ registerAsMentor: { id: string } }>(a.url, REGISTER, { token: ines, variables: { input: PROFILE } });
    const id = offered.body.data!.registerAsMentor.id;
    await postGraphql(a.url, 'mutation ($id: ID!) { approveMentor(id: $id) { status } }', { token: coordinator, variables: { id } });
    // Replica b asked mentoring and now keeps MENTOR for 300 s.
    expect((await enrol(ines, await newSession(), b.url)).errors).toBeUndefined();
    await postGraphql(a.url, 'mutation ($id: ID!) { suspendMentor(id: $id) { status } }', { token: coordinator, variables: { id } });
    // The message crosses Redis asynchronously: b drops its cache within moments.
    let code: unknown;
    for (let attempt = 0; attempt < 50 && code !== 'FORBIDDEN'; attempt++) {
      code = (await enrol(ines, await newSession(), b.url)).errors?.[0].extensions?.code;
      if (code !== 'FORBIDDEN') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(code).toBe('FORBIDDEN');
    expect((await lookups(b.metricsUrl!)).asked).toBeGreaterThanOrEqual(2);
  });
});

test('anonymous callers and coordinators never make the gateway ask mentoring; a signed-in caller is asked once per TTL', async () => {
  const before = await lookups();
  await graph.query('{ mentors(first: 1) { totalCount } }');
  await graph.query('{ mentors(first: 1) { totalCount } }', { role: 'COORDINATOR' });
  await graph.query('{ mentors(first: 1) { totalCount } }', { role: 'ADMIN' });
  expect(await lookups()).toEqual(before);

  const token = await noRole('grant-counted');
  await graph.query('{ me { id } }', { token });
  await graph.query('{ me { id } }', { token });
  const after = await lookups();
  expect(after.asked - before.asked).toBe(1);
  expect(after.cached - before.cached).toBe(1);
});

test('clients cannot read _programmeRoles through the gateway: it is not in the API schema', async () => {
  const { body } = await graph.query('{ _programmeRoles }', { token: await noRole('grant-curious') });
  expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('with mentoring unreachable the gateway grants nothing and the rest of the graph still answers', async () => {
  const urls = `mentoring=http://127.0.0.1:9/graphql,observatory=${graph.subgraphs.observatory.url},training=${graph.subgraphs.training.url}`;
  const cut = await graph.startGateway({ SUBGRAPH_URLS: urls, PROGRAMME_ROLES_TIMEOUT_MS: '500' });
  const token = await noRole('grant-while-down');
  expect((await enrol(token, await newSession(), cut.url)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const sessions = await postGraphql<{ trainingSessions: { totalCount: number } }>(
    cut.url,
    '{ trainingSessions(first: 1) { totalCount } }',
    { token },
  );
  expect(sessions.body.errors).toBeUndefined();
  expect((await lookups(cut.metricsUrl!)).failed).toBe(1);
});
