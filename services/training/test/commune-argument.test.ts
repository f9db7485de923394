// `commune` is the name the three services give an INSEE code; training's former `communeCode`
// keeps working (deprecated) so no client breaks, and the two cannot disagree.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { insertCourse } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  courseId = await insertCourse(subgraph.dataSource!, { title: 'Anna', sectors: ['health'] });
});
afterAll(() => subgraph.stop());

const SCHEDULE = 'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { commune { code } } }';
const SESSIONS = 'query ($filter: TrainingSessionFilter) { trainingSessions(filter: $filter) { totalCount } }';
const RECORD = 'mutation ($input: AwarenessActionInput!) { recordAwarenessAction(input: $input) { commune { code } } }';
const ACTIONS = 'query ($filter: AwarenessActionFilter) { awarenessActions(filter: $filter) { totalCount } }';
const coordinator = identity('COORDINATOR');
const session = (commune: Record<string, string>) => ({
  courseId,
  startsAt: '2030-09-01T09:00:00Z',
  endsAt: '2030-09-01T16:00:00Z',
  capacity: 15,
  ...commune,
});
const action = (commune: Record<string, string>) => ({
  title: 'Stand',
  heldOn: '2025-03-08',
  format: 'STAND',
  participantCount: 40,
  ...commune,
});
const code = (response: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }) =>
  response.body.errors?.[0]?.extensions;

test('a session is scheduled and found by `commune`, and still by the deprecated `communeCode`', async () => {
  const byNewName = await subgraph.query(SCHEDULE, coordinator, { input: session({ commune: '92050' }) });
  expect(byNewName.body.data).toEqual({ scheduleSession: { commune: { code: '92050' } } });
  const byOldName = await subgraph.query(SCHEDULE, coordinator, { input: session({ communeCode: '92050' }) });
  expect(byOldName.body.data).toEqual({ scheduleSession: { commune: { code: '92050' } } });
  for (const filter of [{ commune: '92050' }, { communeCode: '92050' }, { commune: '92050', communeCode: '92050' }]) {
    expect((await subgraph.query(SESSIONS, coordinator, { filter })).body.data).toEqual({ trainingSessions: { totalCount: 2 } });
  }
});

test('an awareness action is recorded and found by either name', async () => {
  expect((await subgraph.query(RECORD, coordinator, { input: action({ commune: '92012' }) })).body.data).toEqual({
    recordAwarenessAction: { commune: { code: '92012' } },
  });
  expect((await subgraph.query(RECORD, coordinator, { input: action({ communeCode: '92012' }) })).body.errors).toBeUndefined();
  for (const filter of [{ commune: '92012' }, { communeCode: '92012' }]) {
    expect((await subgraph.query(ACTIONS, identity(null), { filter })).body.data).toEqual({
      awarenessActions: { totalCount: 2 },
    });
  }
});

test('the two names disagreeing, or neither given where one is required, is bad input', async () => {
  expect(code(await subgraph.query(SCHEDULE, coordinator, { input: session({ commune: '92050', communeCode: '92012' }) }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'input.commune',
  });
  expect(code(await subgraph.query(SCHEDULE, coordinator, { input: session({}) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(code(await subgraph.query(RECORD, coordinator, { input: action({}) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(code(await subgraph.query(SESSIONS, coordinator, { filter: { commune: '75056' } }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'filter.commune',
  });
});
