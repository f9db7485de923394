import type { DataSource } from 'typeorm';
import { COMMUNES } from '@equality-graph/territory';
import { DEMO_FIRST_NAMES, DEMO_INITIALS, DemoRandom, bulkInsert, type Logger } from '@equality-graph/service-kit';

const MENTORS = 240;
const MENTEES = 360;

/**
 * Fictitious mentors, mentees and mentorships in every state, the same on every machine
 * (fixed seed). Idempotent: does nothing when demo rows are already there.
 */
export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM mentor WHERE fictitious');
  if (count > 0) return;
  const random = new DemoRandom(92_2024);
  const commune = () => random.weighted(COMMUNES, (c) => c.population).code;
  const name = () => `${random.pick(DEMO_FIRST_NAMES)} ${random.pick(DEMO_INITIALS)}.`;

  const mentors = Array.from({ length: MENTORS }, () => {
    const status = random.chance(0.8) ? 'approved' : random.chance(0.7) ? 'pending' : 'suspended';
    return [random.uuid(), name(), commune(), status, random.int(1, 3), status === 'approved' && random.chance(0.9), true];
  });
  const currentYear = new Date().getUTCFullYear();
  const mentees = Array.from({ length: MENTEES }, () => {
    const status = random.pick(['applied', 'accepted', 'matched', 'matched', 'alumna', 'withdrawn'] as const);
    return [random.uuid(), random.pick(DEMO_FIRST_NAMES), currentYear - random.int(16, 29), commune(), status, true];
  });

  const approved = mentors.filter((m) => m[3] === 'approved');
  const mentorships: unknown[][] = [];
  for (const mentee of mentees) {
    const status = mentee[4];
    const mentor = random.pick(approved);
    if (status === 'matched') mentorships.push([random.uuid(), mentor[0], mentee[0], 'active', true]);
    if (status === 'alumna') mentorships.push([random.uuid(), mentor[0], mentee[0], random.chance(0.85) ? 'completed' : 'ended', true]);
    if (status === 'accepted' && random.chance(0.4))
      mentorships.push([random.uuid(), mentor[0], mentee[0], random.pick(['proposed', 'declined']), true]);
  }

  await db.transaction(async (tx) => {
    await bulkInsert(tx, 'mentor', ['id', 'display_name', 'commune_code', 'status', 'capacity', 'published', 'fictitious'], mentors);
    await bulkInsert(tx, 'mentee', ['id', 'first_name', 'birth_year', 'commune_code', 'status', 'fictitious'], mentees);
    await bulkInsert(tx, 'mentorship', ['id', 'mentor_id', 'mentee_id', 'status', 'fictitious'], mentorships);
  });
  logger.info(
    { mentors: mentors.length, mentees: mentees.length, mentorships: mentorships.length },
    'mentoring demo data seeded (fictitious)',
  );
}
