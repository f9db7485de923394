// The public catalogue and session lists (filters, paging, cursors), and who may schedule a
// session.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';
import { insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
const ids: Record<string, string> = {};
beforeAll(async () => {
  subgraph = await startTestSubgraph(training);
  const db = subgraph.dataSource!;
  ids.anna = await insertCourse(db, { title: 'Anna', sectors: ['health', 'justice'], topics: ['emprise'] });
  ids.elisa = await insertCourse(db, { title: 'Elisa', sectors: ['health'], modality: 'remote' });
  ids.bilakoro = await insertCourse(db, { title: 'Bilakoro', sectors: ['education'] });
  ids.draft = await insertCourse(db, { title: 'Brouillon', sectors: ['health'], published: false });
  ids.s1 = await insertSession(db, ids.anna, { startsAt: '2030-03-01T09:00:00Z', commune: '92050' });
  ids.s2 = await insertSession(db, ids.elisa, { startsAt: '2030-04-01T09:00:00Z', commune: '92023' });
  ids.s3 = await insertSession(db, ids.bilakoro, { startsAt: '2030-05-01T09:00:00Z', commune: '92050' });
  ids.s4 = await insertSession(db, ids.draft, { startsAt: '2030-03-15T09:00:00Z', commune: '92050' });
});
afterAll(() => subgraph.stop());

type Titles = {
  trainingCourses: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { title: string } }[] };
};
const COURSES = `query ($filter: TrainingCourseFilter, $after: String, $first: Int) {
  trainingCourses(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
const titles = (r: { body: { data?: Titles | null } }) => r.body.data!.trainingCourses.edges.map((e) => e.node.title);

test('the public catalogue lists published courses by title, filtered by sector, modality and topic, page by page', async () => {
  const anonymous = identity(null);
  const page1 = await subgraph.query<Titles>(COURSES, anonymous, { first: 2 });
  expect(titles(page1)).toEqual(['Anna', 'Bilakoro']);
  expect(page1.body.data!.trainingCourses).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  const page2 = await subgraph.query<Titles>(COURSES, anonymous, { first: 2, after: page1.body.data!.trainingCourses.pageInfo.endCursor });
  expect(titles(page2)).toEqual(['Elisa']);
  expect(titles(await subgraph.query<Titles>(COURSES, anonymous, { filter: { sector: 'HEALTH' } }))).toEqual(['Anna', 'Elisa']);
  expect(titles(await subgraph.query<Titles>(COURSES, anonymous, { filter: { modality: 'REMOTE' } }))).toEqual(['Elisa']);
  expect(titles(await subgraph.query<Titles>(COURSES, anonymous, { filter: { topic: 'emprise' } }))).toEqual(['Anna']);
  expect((await subgraph.query(COURSES, anonymous, { first: 101 })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect((await subgraph.query(COURSES, anonymous, { after: 'bogus' })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const one = await subgraph.query(
    'query ($id: ID!) { trainingCourse(id: $id) { title targetSectors modality durationHours objectives } }',
    anonymous,
    { id: ids.anna },
  );
  expect(one.body.data).toEqual({
    trainingCourse: {
      title: 'Anna',
      targetSectors: ['HEALTH', 'JUSTICE'],
      modality: 'IN_PERSON',
      durationHours: 3,
      objectives: ['Objectif'],
    },
  });
  const draft = await subgraph.query('query ($id: ID!) { trainingCourse(id: $id) { title } }', anonymous, { id: ids.draft });
  expect(draft.body.data).toEqual({ trainingCourse: null });
});

type Sessions = { trainingSessions: { totalCount: number; edges: { node: { id: string } }[] } };
const SESSIONS = `query ($filter: TrainingSessionFilter) { trainingSessions(filter: $filter) { totalCount edges { node { id } } } }`;

test('public sessions of published courses filter by date range, commune, sector and course', async () => {
  const list = async (filter: Record<string, string>) =>
    (await subgraph.query<Sessions>(SESSIONS, identity(null), { filter })).body.data!.trainingSessions.edges.map((e) => e.node.id);
  expect(await list({})).toEqual([ids.s1, ids.s2, ids.s3]);
  expect(await list({ from: '2030-03-20T00:00:00Z', to: '2030-05-01T00:00:00Z' })).toEqual([ids.s2]);
  expect(await list({ communeCode: '92050' })).toEqual([ids.s1, ids.s3]);
  expect(await list({ sector: 'EDUCATION' })).toEqual([ids.s3]);
  expect(await list({ courseId: ids.elisa })).toEqual([ids.s2]);
  const bad = await subgraph.query(SESSIONS, identity(null), { filter: { from: 'yesterday' } });
  expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const one = await subgraph.query(
    'query ($id: ID!) { trainingSession(id: $id) { course { title } commune { code } venue capacity seatsLeft status trainerName } }',
    identity(null),
    { id: ids.s1 },
  );
  expect(one.body.data).toEqual({
    trainingSession: {
      course: { title: 'Anna' },
      commune: { code: '92050' },
      venue: 'Salle A',
      capacity: 12,
      seatsLeft: 12,
      status: 'SCHEDULED',
      trainerName: 'Formatrice Test',
    },
  });
});

test('coordinators schedule sessions; others cannot, and bad input is refused', async () => {
  const SCHEDULE =
    'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { status capacity commune { code } course { title } } }';
  const input = {
    courseId: ids.anna,
    startsAt: '2030-09-01T09:00:00Z',
    endsAt: '2030-09-01T16:00:00Z',
    communeCode: '92012',
    capacity: 15,
    trainerAccountId: 't-1',
    trainerName: 'T',
  };
  const done = await subgraph.query(SCHEDULE, identity('COORDINATOR'), { input });
  expect(done.body.data).toEqual({
    scheduleSession: { status: 'SCHEDULED', capacity: 15, commune: { code: '92012' }, course: { title: 'Anna' } },
  });
  expect((await subgraph.query(SCHEDULE, identity('TRAINER'), { input })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const backwards = { ...input, endsAt: '2030-09-01T08:00:00Z' };
  expect((await subgraph.query(SCHEDULE, identity('COORDINATOR'), { input: backwards })).body.errors?.[0].extensions?.code).toBe(
    'BAD_USER_INPUT',
  );
  expect(
    (await subgraph.query(SCHEDULE, identity('COORDINATOR'), { input: { ...input, capacity: 0 } })).body.errors?.[0].extensions?.code,
  ).toBe('BAD_USER_INPUT');
});
