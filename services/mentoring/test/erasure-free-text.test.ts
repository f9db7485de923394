// The right to erasure and free text: every text of her mentorships goes, in any state, whoever
// wrote it; what the figures count stays.
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import type { DataSource } from 'typeorm';
import { mentoring } from '../src/service';
import { as, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

/**
 * Every free text goes with the person it concerns, whoever wrote it and whatever the state of
 * the mentorship; what is left for the figures (dates, durations, ratings, statuses) stays.
 * Each secret carries "SECRET" so one search finds any that survived; mentor 3's mentorship with
 * mentee 4, who did not erase anything, keeps its texts ("KEEP"), so the search can tell.
 */
let subgraph: TestSubgraph;
let db: DataSource;

// Mentor 1 and mentee 1: ended, completed, declined, then active again; mentor 2 and mentee 2:
// a proposal; mentor 3 and mentee 3: completed (only mentee 3 erases); mentor 3 and mentee 4: control.
const MENTORSHIPS = [
  [1, 1, 1, 'ended'],
  [2, 1, 1, 'completed'],
  [3, 1, 1, 'declined'],
  [4, 1, 1, 'active'],
  [5, 2, 2, 'proposed'],
  [6, 3, 3, 'completed'],
  [7, 3, 4, 'completed'],
] as const;
const END_REASON = 'Je déménage à Lyon pour fuir mon ex SECRET';

async function writeTexts(n: number, marker: string): Promise<void> {
  const mentorship = id('c', n);
  await db.query(`UPDATE mentorship SET end_reason = $2 WHERE id = $1`, [mentorship, n === 1 ? END_REASON : `raison ${marker} ${n}`]);
  await db.query(
    `INSERT INTO mentoring_session (id, mentorship_id, held_on, duration_minutes, format, topics, notes)
     VALUES ($1, $2, '2025-01-10', 60, 'REMOTE', $3, $4)`,
    [id('d', n * 10 + 1), mentorship, [`sujet ${marker.toLowerCase()} ${n}`], `notes du mentor sur elle ${marker} ${n}`],
  );
  await db.query(`INSERT INTO goal (id, mentorship_id, title, status, milestones) VALUES ($1, $2, $3, 'IN_PROGRESS', $4::jsonb)`, [
    id('d', n * 10 + 2),
    mentorship,
    `objectif ${marker} ${n}`,
    JSON.stringify([
      { title: `étape ${marker} 1`, done: true },
      { title: `étape ${marker} 2`, done: false },
    ]),
  ]);
  for (const [k, respondent] of [
    [3, 'MENTOR'],
    [4, 'MENTEE'],
  ] as const) {
    await db.query(
      `INSERT INTO satisfaction_survey (id, mentorship_id, respondent, rating, would_recommend, comment) VALUES ($1, $2, $3, 4, true, $4)`,
      [id('d', n * 10 + k), mentorship, respondent, `commentaire ${respondent} ${marker} ${n}`],
    );
  }
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  db = subgraph.dataSource!;
  const secret = (erased: boolean) => (erased ? 'secret' : 'keep');
  for (const n of [1, 2, 3])
    await insertMentor(db, { n, capacity: 5, expertise: [`expertise ${secret(n < 3)} ${n}`], languages: [`langue ${secret(n < 3)} ${n}`] });
  for (const n of [1, 2, 3, 4]) {
    await insertMentee(db, {
      n,
      status: n === 1 ? 'matched' : 'accepted',
      interests: [`intérêt ${secret(n < 4)} ${n}`],
      languages: [`langue ${secret(n < 4)} mentee ${n}`],
    });
  }
  await db.query(`UPDATE mentor SET bio = 'Ma biographie SECRET' WHERE id = $1`, [id('a', 1)]);
  for (const [n, mentor, mentee, status] of MENTORSHIPS) {
    await insertMentorship(db, n, mentor, mentee, status);
    await writeTexts(n, n === 7 ? 'KEEP' : 'SECRET');
  }
  const erase = 'mutation { deleteMyData { mentorErased menteeErased } }';
  await insertMentorship(db, 8, 3, 3, 'completed'); // mentee 3's second one, not answered yet
  for (const who of [as.mentee(1), as.mentor(1), as.mentee(2), as.mentor(2), as.mentee(3)]) {
    const { body } = await subgraph.query(erase, who);
    expect(body.errors).toBeUndefined();
  }
  // Mentor 3 answers the survey of her mentorship with mentee 3 after mentee 3 erased her data.
  const late = await subgraph.query<{ submitSatisfactionSurvey: unknown }>(
    `mutation ($m: ID!) { submitSatisfactionSurvey(mentorshipId: $m, input: { rating: 4, wouldRecommend: true, comment: "Elle a enfin quitté son ex SECRET" }) { rating comment } }`,
    as.mentor(3),
    { m: id('c', 8) },
  );
  expect(late.body.errors).toBeUndefined();
  lateAnswer = late.body.data!.submitSatisfactionSurvey;
});
let lateAnswer: unknown;

test('a comment given after the other person erased her data is not kept; the rating is', () => {
  expect(lateAnswer).toEqual({ rating: 4, comment: null });
});
afterAll(() => subgraph.stop());

const READ = `query ($id: ID!) { mentorship(id: $id) {
  status endReason
  mentor { displayName headline bio expertise languages email phone }
  mentee { firstName situation projectSummary availability interests languages }
  sessions { totalCount edges { node { date durationMinutes topics } } }
  goals { title status milestones { title done } }
  surveys { respondent rating wouldRecommend comment } } }`;

interface Read {
  mentorship: {
    status: string;
    endReason: string | null;
    sessions: { totalCount: number; edges: { node: { durationMinutes: number; topics: string[] } }[] };
    goals: { title: string; status: string; milestones: { title: string; done: boolean }[] }[];
    surveys: { respondent: string; rating: number; comment: string | null }[];
  };
}

test.each(MENTORSHIPS.filter(([n]) => n !== 7))(
  'a coordinator reads none of the texts of mentorship %i once its people erased their data',
  async (n) => {
    const { body } = await subgraph.query<Read>(READ, as.role('COORDINATOR'), { id: id('c', n) });
    expect(body.errors).toBeUndefined();
    const text = JSON.stringify(body.data);
    expect(text).not.toMatch(/secret|déménage/i);
    const { mentorship } = body.data!;
    // What the figures need is still there; the free texts are null, empty or the marker.
    expect(mentorship.sessions.totalCount).toBe(1);
    expect(mentorship.sessions.edges[0].node).toEqual({ date: '2025-01-10', durationMinutes: 60, topics: [] });
    expect(mentorship.goals).toEqual([
      {
        title: '(erased)',
        status: 'IN_PROGRESS',
        milestones: [
          { title: '(erased)', done: true },
          { title: '(erased)', done: false },
        ],
      },
    ]);
    expect(mentorship.surveys.map((s) => [s.respondent, s.rating, s.comment]).sort()).toEqual([
      ['MENTEE', 4, null],
      ['MENTOR', 4, null],
    ]);
    expect(mentorship.endReason === null || mentorship.endReason === 'erasure').toBe(true);
  },
);

test('the mentorship ended by the erasure says so; the others lose their reason', async () => {
  const rows: { id: string; status: string; end_reason: string | null }[] = await db.query(
    'SELECT id, status, end_reason FROM mentorship ORDER BY id',
  );
  expect(rows.map((r) => [r.status, r.end_reason])).toEqual([
    ['ended', null],
    ['completed', null],
    ['declined', null],
    ['ended', 'erasure'],
    ['declined', 'erasure'],
    ['completed', null],
    ['completed', 'raison KEEP 7'],
    ['completed', null],
  ]);
});

test.each(['mentor', 'mentee', 'mentorship', 'mentoring_session', 'goal', 'satisfaction_survey'])(
  'no row of %s holds a secret any more',
  async (table) => {
    const rows: { j: string }[] = await db.query(`SELECT row_to_json(t)::text AS j FROM ${table} t`);
    const survivors = rows.map((r) => r.j).filter((j) => /secret|déménage/i.test(j));
    expect(survivors).toEqual([]);
  },
);

test('texts of a mentorship whose two people kept their data stay (mentor 3 and mentee 4)', async () => {
  const rows: { j: string }[] = await db.query(
    `SELECT row_to_json(t)::text AS j FROM mentoring_session t WHERE mentorship_id = $1
     UNION ALL SELECT row_to_json(t)::text FROM goal t WHERE mentorship_id = $1
     UNION ALL SELECT row_to_json(t)::text FROM satisfaction_survey t WHERE mentorship_id = $1`,
    [id('c', 7)],
  );
  expect(rows).toHaveLength(4);
  for (const { j } of rows) expect(j).toMatch(/KEEP/i);
  const [mentor] = await db.query('SELECT display_name, expertise FROM mentor WHERE id = $1', [id('a', 3)]);
  expect(mentor).toEqual({ display_name: 'Mentor 3', expertise: ['expertise keep 3'] });
});

test('aggregates stay: sessions, minutes, goals, milestones done, ratings', async () => {
  const [row] = await db.query(
    `SELECT (SELECT count(*) FROM mentoring_session)::int AS sessions, (SELECT sum(duration_minutes) FROM mentoring_session)::int AS minutes,
            (SELECT count(*) FROM goal)::int AS goals,
            (SELECT count(*) FROM goal, jsonb_array_elements(milestones) m WHERE (m->>'done')::boolean)::int AS done,
            (SELECT avg(rating) FROM satisfaction_survey)::float AS rating, (SELECT count(*) FROM mentorship)::int AS mentorships`,
  );
  expect(row).toEqual({ sessions: 7, minutes: 420, goals: 7, done: 7, rating: 4, mentorships: 8 });
});
