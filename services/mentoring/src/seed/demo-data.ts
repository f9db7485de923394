// The fictitious demo programme (`SEED_DEMO_DATA`): mentors, mentees, mentorships and events with
// fixed dates and a seeded random, so every machine shows the same figures.
import type { DataSource } from 'typeorm';
import { COMMUNES } from '@equality-graph/territory';
import { DEMO_FIRST_NAMES, DEMO_INITIALS, DemoRandom, bulkInsert, type Logger } from '@equality-graph/service-kit';

const MENTORS = 240;
const MENTEES = 360;
const EVENTS = 48;
/** Fixed dates (not `now`): the same rows on every machine. Applications span 14 months from here. */
const EPOCH = Date.UTC(2024, 0, 8);
const DAY = 86_400_000;

export const DEMO_FIELDS = [
  'entrepreneuriat',
  'numérique',
  'droit',
  'santé',
  'finance',
  'art et culture',
  'sciences',
  'enseignement',
  'communication',
  'industrie',
];
const LANGUAGES = ['français', 'anglais', 'arabe', 'espagnol', 'portugais', 'wolof'];
const SITUATIONS = ['lycéenne', 'étudiante', "en recherche d'emploi", 'en reconversion', 'jeune créatrice'];
const TOPICS = ['orientation', 'CV', 'entretien', 'réseau', 'confiance en soi', 'business plan', 'stage'];
const GOALS = ['Trouver un stage', 'Préparer un entretien', 'Écrire un business plan', 'Choisir une formation', 'Développer son réseau'];

const date = (ms: number) => new Date(ms);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Fictitious mentors, mentees, mentorships in every state with sessions, goals and surveys,
 * and inspiration events, the same on every machine (fixed seed and dates). Demo mentor n
 * (1-based, in generation order) has the account `demo-mentor-<n>`, which the training
 * subgraph's demo certificates refer to. Idempotent: does nothing when demo rows are there.
 */
export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM mentor WHERE fictitious');
  if (count > 0) return;
  const random = new DemoRandom(92_2024);
  const commune = () => random.weighted(COMMUNES, (c) => c.population).code;
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const pool = [...items];
    return Array.from({ length: random.int(min, max) }, () => pool.splice(random.int(0, pool.length - 1), 1)[0]);
  };
  const formats = () => random.pick([['IN_PERSON'], ['REMOTE'], ['IN_PERSON', 'REMOTE'], ['IN_PERSON', 'REMOTE']]);
  const languages = () => ['français', ...some(LANGUAGES.slice(1), 0, 1)];

  const mentors = Array.from({ length: MENTORS }, (_v, i) => {
    const status = random.chance(0.8) ? 'approved' : random.chance(0.7) ? 'pending' : 'suspended';
    const name = `${random.pick(DEMO_FIRST_NAMES)} ${random.pick(DEMO_INITIALS)}.`;
    const expertise = some(DEMO_FIELDS, 1, 3);
    return {
      row: [
        random.uuid(),
        `demo-mentor-${i + 1}`,
        name,
        `Mentore en ${expertise[0]}`,
        'Profil fictif de démonstration.',
        expertise,
        languages(),
        formats(),
        commune(),
        status,
        random.int(1, 3),
        status === 'approved' && random.chance(0.9),
        `demo-mentor-${i + 1}@example.invalid`,
        status === 'approved' ? date(EPOCH - random.int(10, 200) * DAY) : null,
        true,
      ],
      active: 0,
    };
  });
  const mentees = Array.from({ length: MENTEES }, (_v, i) => {
    const status = random.pick(['applied', 'accepted', 'matched', 'matched', 'alumna', 'withdrawn'] as const);
    const applied = EPOCH + random.int(0, 420) * DAY;
    return [
      random.uuid(),
      `demo-mentee-${i + 1}`,
      random.pick(DEMO_FIRST_NAMES),
      2025 - random.int(16, 29),
      commune(),
      random.pick(SITUATIONS),
      'Projet fictif de démonstration.',
      some(DEMO_FIELDS, 1, 3),
      formats(),
      'le mercredi après-midi',
      languages(),
      status,
      status === 'applied' || status === 'withdrawn' ? null : date(applied + random.int(3, 15) * DAY),
      date(applied),
      true,
    ];
  });

  const approved = mentors.filter((m) => m.row[9] === 'approved');
  const mentorships: unknown[][] = [];
  const sessions: unknown[][] = [];
  const goals: unknown[][] = [];
  const surveys: unknown[][] = [];
  for (const mentee of mentees) {
    const status = mentee[11];
    const applied = (mentee[13] as Date).getTime();
    const proposed = applied + random.int(10, 40) * DAY;
    const started = proposed + random.int(3, 10) * DAY;
    const add = (state: string, mentor: (typeof mentors)[number], ended: number | null) => {
      const id = random.uuid();
      const accepted = state === 'proposed' ? null : date(started);
      mentorships.push([
        id,
        mentor.row[0],
        mentee[0],
        state,
        date(proposed),
        accepted,
        accepted,
        ['active', 'completed', 'ended'].includes(state) ? date(started) : null,
        ended ? date(ended) : null,
        state === 'ended' ? 'indisponibilité' : null,
        true,
      ]);
      if (!['active', 'completed', 'ended'].includes(state)) return;
      const last = ended ?? started + 150 * DAY;
      for (let n = random.int(2, 8), k = 0; k < n; k++) {
        sessions.push([
          random.uuid(),
          id,
          day(started + Math.floor(((last - started) * (k + 1)) / (n + 1))),
          random.pick([45, 60, 90, 120]),
          random.pick(['IN_PERSON', 'REMOTE']),
          some(TOPICS, 1, 2),
          'Notes fictives.',
          true,
        ]);
      }
      for (let n = random.int(1, 2), k = 0; k < n; k++) {
        const milestones = some(['Étape 1', 'Étape 2', 'Étape 3'], 1, 3).map((title) => ({
          title,
          done: state !== 'active' || random.chance(0.5),
        }));
        goals.push([
          random.uuid(),
          id,
          random.pick(GOALS),
          state === 'completed' ? 'ACHIEVED' : random.pick(['OPEN', 'IN_PROGRESS', 'DROPPED']),
          JSON.stringify(milestones),
          true,
        ]);
      }
      if (ended) {
        for (const respondent of ['MENTOR', 'MENTEE']) {
          if (random.chance(0.7))
            surveys.push([
              random.uuid(),
              id,
              respondent,
              state === 'completed' ? random.int(3, 5) : random.int(1, 4),
              random.chance(0.8),
              null,
              date(ended + 7 * DAY),
              true,
            ]);
        }
      }
    };
    if (status === 'matched') {
      const mentor = random.pick(approved.filter((m) => m.active < (m.row[10] as number)));
      mentor.active += 1;
      add('active', mentor, null);
    }
    if (status === 'alumna') {
      const completed = random.chance(0.85);
      add(
        completed ? 'completed' : 'ended',
        random.pick(approved),
        started + (completed ? random.int(180, 270) : random.int(30, 120)) * DAY,
      );
    }
    if (status === 'accepted' && random.chance(0.4)) {
      const state = random.pick(['proposed', 'declined']);
      add(state, random.pick(approved), state === 'declined' ? proposed + 5 * DAY : null);
    }
  }

  const speakers = approved.filter((m) => m.row[11]);
  const events: unknown[][] = [];
  const eventSpeakers: unknown[][] = [];
  for (let i = 0; i < EVENTS; i++) {
    const id = random.uuid();
    const place = random.pick(['au lycée', 'au collège', 'à la médiathèque', "à l'hôtel de ville"]);
    events.push([id, `Parcours de femmes ${place}`, day(EPOCH + random.int(0, 540) * DAY), commune(), random.int(20, 300), true]);
    for (const speaker of new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(speakers))))
      eventSpeakers.push([id, speaker.row[0]]);
  }

  await db.transaction(async (tx) => {
    await bulkInsert(
      tx,
      'mentor',
      [
        'id',
        'account_id',
        'display_name',
        'headline',
        'bio',
        'expertise',
        'languages',
        'formats',
        'commune_code',
        'status',
        'capacity',
        'published',
        'email',
        'approved_at',
        'fictitious',
      ],
      mentors.map((m) => m.row),
    );
    await bulkInsert(
      tx,
      'mentee',
      [
        'id',
        'account_id',
        'first_name',
        'birth_year',
        'commune_code',
        'situation',
        'project_summary',
        'interests',
        'formats',
        'availability',
        'languages',
        'status',
        'accepted_at',
        'created_at',
        'fictitious',
      ],
      mentees,
    );
    await bulkInsert(
      tx,
      'mentorship',
      [
        'id',
        'mentor_id',
        'mentee_id',
        'status',
        'proposed_at',
        'mentor_accepted_at',
        'mentee_accepted_at',
        'started_at',
        'ended_at',
        'end_reason',
        'fictitious',
      ],
      mentorships,
    );
    await bulkInsert(
      tx,
      'mentoring_session',
      ['id', 'mentorship_id', 'held_on', 'duration_minutes', 'format', 'topics', 'notes', 'fictitious'],
      sessions,
    );
    await bulkInsert(tx, 'goal', ['id', 'mentorship_id', 'title', 'status', 'milestones', 'fictitious'], goals);
    await bulkInsert(
      tx,
      'satisfaction_survey',
      ['id', 'mentorship_id', 'respondent', 'rating', 'would_recommend', 'comment', 'submitted_at', 'fictitious'],
      surveys,
    );
    await bulkInsert(tx, 'inspiration_event', ['id', 'title', 'held_on', 'commune_code', 'audience_count', 'fictitious'], events);
    await bulkInsert(tx, 'inspiration_event_speaker', ['event_id', 'mentor_id'], eventSpeakers);
  });
  logger.info(
    { mentors: mentors.length, mentees: mentees.length, mentorships: mentorships.length, sessions: sessions.length, events: events.length },
    'mentoring demo data seeded (fictitious)',
  );
}
