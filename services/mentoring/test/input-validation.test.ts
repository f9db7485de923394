// Bad input through GraphQL: BAD_USER_INPUT naming the argument before any SQL, nothing written.
import { encodeCursor } from '@equality-graph/service-kit';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import type { Identity } from '@equality-graph/auth';
import { mentoring } from '../src/service';
import { as, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

/**
 * Bad input is the caller's mistake, told as BAD_USER_INPUT naming the argument, checked before
 * any SQL: a NUL byte, an impossible or far-off date or an overlong text never reaches PostgreSQL
 * (where it would be an internal error) and nothing is written.
 */
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 });
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'alumna' });
  await insertMentorship(db, 1, 1, 1, 'active');
  await insertMentorship(db, 2, 1, 2, 'completed');
  await db.query(`INSERT INTO goal (id, mentorship_id, title, status, milestones) VALUES ($1, $2, 'Un stage', 'OPEN', '[]')`, [
    id('d', 1),
    id('c', 1),
  ]);
});
afterAll(() => subgraph.stop());

const NUL = 'avant\u0000après';
const long = (n: number) => 'x'.repeat(n + 1);
const year = new Date().getUTCFullYear();

const mentorProfile = {
  displayName: 'Nadia',
  headline: 'Avocate',
  bio: 'Vingt ans de barreau',
  expertise: ['droit'],
  languages: ['français'],
  commune: '92050',
  formats: ['REMOTE'],
  capacity: 2,
  published: true,
  email: 'nadia@example.invalid',
  phone: '+33 1 00 00 00 00',
  charterVersion: 'charte-2026-01',
};
const application = {
  firstName: 'Awa',
  birthYear: year - 20,
  commune: '92036',
  situation: 'étudiante',
  projectSummary: 'Créer une entreprise',
  interests: ['entrepreneuriat'],
  formats: ['IN_PERSON'],
  availability: 'le samedi',
  languages: ['français'],
  charterVersion: 'charte-2026-01',
};
const session = { date: '2025-03-12', durationMinutes: 60, format: 'REMOTE', topics: ['cv'], notes: 'Bien' };
const event = { title: 'Rencontre', date: '2025-05-01', commune: '92050', speakerIds: [id('a', 1)], audienceCount: 30 };

interface Form {
  query: string;
  who: Identity;
  /** The valid variables, and where each checked string sits in them. */
  variables: Record<string, unknown>;
  fields: Record<string, { path: (value: string) => Record<string, unknown>; max: number | null }>;
}

const field = (wrap: (v: string) => Record<string, unknown>, max: number | null) => ({ path: wrap, max });
const inInput =
  (base: Record<string, unknown>, key: string, list = false) =>
  (v: string) => ({
    input: { ...base, [key]: list ? [v] : v },
  });

const FORMS: Record<string, Form> = {
  registerAsMentor: {
    query: 'mutation ($input: MentorProfileInput!) { registerAsMentor(input: $input) { id } }',
    who: identity('MENTOR', 'new-mentor'),
    variables: { input: mentorProfile },
    fields: {
      'input.displayName': field(inInput(mentorProfile, 'displayName'), 80),
      'input.headline': field(inInput(mentorProfile, 'headline'), 200),
      'input.bio': field(inInput(mentorProfile, 'bio'), 2000),
      'input.expertise': field(inInput(mentorProfile, 'expertise', true), 60),
      'input.languages': field(inInput(mentorProfile, 'languages', true), 60),
      'input.email': field(inInput(mentorProfile, 'email'), 200),
      'input.phone': field(inInput(mentorProfile, 'phone'), 40),
    },
  },
  updateMyMentorProfile: {
    query: 'mutation ($input: MentorProfileUpdate!) { updateMyMentorProfile(input: $input) { id } }',
    who: as.mentor(1),
    variables: { input: {} },
    fields: {
      'input.displayName': field(inInput({}, 'displayName'), 80),
      'input.headline': field(inInput({}, 'headline'), 200),
      'input.bio': field(inInput({}, 'bio'), 2000),
      'input.expertise': field(inInput({}, 'expertise', true), 60),
      'input.languages': field(inInput({}, 'languages', true), 60),
      'input.email': field(inInput({}, 'email'), 200),
      'input.phone': field(inInput({}, 'phone'), 40),
    },
  },
  applyAsMentee: {
    query: 'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id } }',
    who: identity('MENTEE', 'new-mentee'),
    variables: { input: application },
    fields: {
      'input.firstName': field(inInput(application, 'firstName'), 80),
      'input.situation': field(inInput(application, 'situation'), 500),
      'input.projectSummary': field(inInput(application, 'projectSummary'), 2000),
      'input.availability': field(inInput(application, 'availability'), 500),
      'input.interests': field(inInput(application, 'interests', true), 60),
      'input.languages': field(inInput(application, 'languages', true), 60),
    },
  },
  endMatch: {
    query: 'mutation ($id: ID!, $reason: String!) { endMatch(id: $id, reason: $reason) { id } }',
    who: as.mentor(1),
    variables: { id: id('c', 1), reason: 'Fin' },
    fields: { reason: field((v) => ({ id: id('c', 1), reason: v }), 500) },
  },
  logSession: {
    query: 'mutation ($m: ID!, $input: SessionInput!) { logSession(mentorshipId: $m, input: $input) { id } }',
    who: as.mentee(1),
    variables: { m: id('c', 1), input: session },
    fields: {
      'input.topics': field((v) => ({ m: id('c', 1), ...inInput(session, 'topics', true)(v) }), 60),
      'input.notes': field((v) => ({ m: id('c', 1), ...inInput(session, 'notes')(v) }), 5000),
    },
  },
  addGoal: {
    query: 'mutation ($m: ID!, $input: GoalInput!) { addGoal(mentorshipId: $m, input: $input) { id } }',
    who: as.mentor(1),
    variables: { m: id('c', 1), input: { title: 'But', milestones: ['cv'] } },
    fields: {
      'input.title': field((v) => ({ m: id('c', 1), input: { title: v, milestones: [] } }), 200),
      'input.milestones': field((v) => ({ m: id('c', 1), input: { title: 'But', milestones: [v] } }), 60),
    },
  },
  submitSatisfactionSurvey: {
    query: 'mutation ($m: ID!, $input: SurveyInput!) { submitSatisfactionSurvey(mentorshipId: $m, input: $input) { rating } }',
    who: as.mentee(2),
    variables: { m: id('c', 2), input: { rating: 4, wouldRecommend: true, comment: 'Merci' } },
    fields: {
      'input.comment': field((v) => ({ m: id('c', 2), input: { rating: 4, wouldRecommend: true, comment: v } }), 2000),
    },
  },
  createInspirationEvent: {
    query: 'mutation ($input: InspirationEventInput!) { createInspirationEvent(input: $input) { id } }',
    who: as.role('COORDINATOR'),
    variables: { input: event },
    fields: { 'input.title': field(inInput(event, 'title'), 200) },
  },
};

const snapshot = async () =>
  (
    await subgraph.dataSource!.query(
      `SELECT (SELECT json_agg(m ORDER BY id) FROM mentor m)::text AS mentors, (SELECT json_agg(e ORDER BY id) FROM mentee e)::text AS mentees,
              (SELECT json_agg(s ORDER BY id) FROM mentorship s)::text AS mentorships,
              (SELECT count(*) FROM mentoring_session)::int AS sessions, (SELECT json_agg(g ORDER BY id) FROM goal g)::text AS goals,
              (SELECT count(*) FROM satisfaction_survey)::int AS surveys, (SELECT count(*) FROM inspiration_event)::int AS events`,
    )
  )[0];

const CASES = Object.entries(FORMS).flatMap(([mutation, form]) =>
  Object.entries(form.fields).flatMap(([argument, { path, max }]) => [
    [`${mutation} ${argument} holding a NUL byte`, form, path(NUL), argument] as const,
    ...(max === null ? [] : [[`${mutation} ${argument} over ${max} characters`, form, path(long(max)), argument] as const]),
  ]),
);

test.each(CASES)('%s is BAD_USER_INPUT and writes nothing', async (_case, form, variables, argument) => {
  const before = await snapshot();
  const { body } = await subgraph.query(form.query, form.who, variables);
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(await snapshot()).toEqual(before);
});

const DATES = ['2026-02-30', 'yesterday', '0000-01-01', '1850-06-01', '2025-13-01', '2025-03-12T10:00:00Z', ''];
const DATED = [
  ['logSession', FORMS.logSession, (d: string) => ({ m: id('c', 1), input: { ...session, date: d } }), 'input.date'],
  ['createInspirationEvent', FORMS.createInspirationEvent, (d: string) => ({ input: { ...event, date: d } }), 'input.date'],
] as const;

test.each(DATED.flatMap(([name, form, vars, argument]) => DATES.map((d) => [name, d, form, vars(d), argument] as const)))(
  '%s dated %j is BAD_USER_INPUT and writes nothing',
  async (_name, _date, form, variables, argument) => {
    const before = await snapshot();
    const { body } = await subgraph.query(form.query, form.who, variables);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await snapshot()).toEqual(before);
  },
);

test.each(DATES.filter((d) => d !== ''))('filters and periods dated %j are BAD_USER_INPUT', async (date) => {
  for (const [query, who, argument] of [
    ['query ($d: String) { inspirationEvents(filter: { from: $d }) { totalCount } }', as.anonymous, 'filter.from'],
    ['query ($d: String) { inspirationEvents(filter: { to: $d }) { totalCount } }', as.anonymous, 'filter.to'],
    ['query ($d: String) { programmeFigures(period: { from: $d }) { total { applications } } }', as.role('ANALYST'), 'period.from'],
    ['query ($d: String) { programmeFigures(period: { to: $d }) { total { applications } } }', as.role('ANALYST'), 'period.to'],
  ] as const) {
    const { body } = await subgraph.query(query, who, { d: date });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  }
});

test.each([
  [
    'an events cursor with an impossible date',
    'query ($a: String) { inspirationEvents(after: $a) { totalCount } }',
    as.anonymous,
    encodeCursor(['0000-01-01', id('a', 1)]),
  ],
  [
    'an events cursor that is not a date',
    'query ($a: String) { inspirationEvents(after: $a) { totalCount } }',
    as.anonymous,
    encodeCursor(['hier', 'x']),
  ],
  [
    'an events cursor in the former "<held_on>|<id>" form',
    'query ($a: String) { inspirationEvents(after: $a) { totalCount } }',
    as.anonymous,
    encodeCursor(`2025-01-01|${id('a', 1)}`),
  ],
  [
    'a mentees cursor that is not an id',
    'query ($a: String) { mentees(after: $a) { totalCount } }',
    as.role('COORDINATOR'),
    encodeCursor(['pas-un-id']),
  ],
  [
    'a mentees cursor that is not a keyset',
    'query ($a: String) { mentees(after: $a) { totalCount } }',
    as.role('COORDINATOR'),
    encodeCursor('pas-un-id'),
  ],
  [
    'a mentor profiles cursor with a NUL byte',
    'query ($a: String) { mentorProfiles(after: $a) { totalCount } }',
    as.role('COORDINATOR'),
    encodeCursor([NUL]),
  ],
  [
    'a public mentors cursor that is not an id',
    'query ($a: String) { mentors(after: $a) { totalCount } }',
    as.anonymous,
    encodeCursor(['x']),
  ],
  [
    'a public mentors cursor of 36 hyphens (the former loose uuid pattern)',
    'query ($a: String) { mentors(after: $a) { totalCount } }',
    as.anonymous,
    encodeCursor(['-'.repeat(36)]),
  ],
] as const)('%s is BAD_USER_INPUT', async (_case, query, who, after) => {
  const { body } = await subgraph.query(query, who, { a: after });
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
});

test("an account's mentorships with a cursor that is not an id is BAD_USER_INPUT", async () => {
  const { body } = await subgraph.query(
    'query ($r: [_Any!]!, $a: String) { _entities(representations: $r) { ... on Account { mentorships(after: $a) { totalCount } } } }',
    as.mentee(1),
    { r: [{ __typename: 'Account', id: 'mentee-1' }], a: encodeCursor(['pas-un-id']) },
  );
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
});

test.each([
  [
    'a mentors filter with a NUL byte',
    'query ($e: [String!]) { mentors(filter: { expertise: $e }) { totalCount } }',
    as.anonymous,
    { e: [NUL] },
    'filter.expertise',
  ],
  [
    'a mentors filter with an overlong label',
    'query ($e: [String!]) { mentors(filter: { expertise: $e }) { totalCount } }',
    as.anonymous,
    { e: [long(60)] },
    'filter.expertise',
  ],
  [
    'an audit log action with a NUL byte',
    'query ($a: String) { mentoringAuditLog(action: $a) { totalCount } }',
    as.role('ADMIN'),
    { a: NUL },
    'action',
  ],
  [
    'an overlong audit log action',
    'query ($a: String) { mentoringAuditLog(action: $a) { totalCount } }',
    as.role('ADMIN'),
    { a: long(100) },
    'action',
  ],
] as const)('%s is BAD_USER_INPUT', async (_case, query, who, variables, argument) => {
  const { body } = await subgraph.query(query, who, variables);
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
});

test.each([
  ['holding a NUL byte', NUL],
  ['over 200 characters', long(200)],
])('an Account reference %s is BAD_USER_INPUT, not a database error', async (_case, sub) => {
  const { body } = await subgraph.query(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentee { id } mentor { id } mentorships { totalCount } } } }',
    as.role('COORDINATOR'),
    { r: [{ __typename: 'Account', id: sub }] },
  );
  expect(body.errors?.length).toBeGreaterThan(0);
  for (const error of body.errors!) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
});

test('a Commune reference that is not one of the 36 is BAD_USER_INPUT, not a database error', async () => {
  const { body } = await subgraph.query(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { mentoring { mentorCount } } } }',
    as.anonymous,
    { r: [{ __typename: 'Commune', code: NUL }] },
  );
  expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('a Mentor reference of 36 hyphens (the former loose uuid pattern) is null, not a database error', async () => {
  const { body } = await subgraph.query(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { id } } }',
    as.role('COORDINATOR'),
    {
      r: [
        { __typename: 'Mentor', id: '-'.repeat(36) },
        { __typename: 'Mentor', id: id('a', 1) },
      ],
    },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?._entities).toEqual([null, { id: id('a', 1) }]);
});

// endMatch closes the mentorship the others write into: last.
const VALID = Object.entries(FORMS).sort(([a], [b]) => Number(a === 'endMatch') - Number(b === 'endMatch'));
test.each(VALID)('%s with valid input still works (the checks refuse only bad input)', async (_name, form) => {
  const { body } = await subgraph.query(form.query, form.who, form.variables);
  expect(body.errors).toBeUndefined();
});
