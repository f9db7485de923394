// Deterministic, idempotent demo data for SEED_DEMO_DATA: sessions, participants, certificates
// and awareness actions of fictitious people, marked `fictitious`.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { COMMUNES } from '@equality-graph/territory';
import { DEMO_FIRST_NAMES, DEMO_INITIALS, DemoRandom, bulkInsert, type Logger } from '@equality-graph/service-kit';
import { SECTORS } from '../data/entities';
import { newVerificationCode } from '../data/certificates';
import { DEMO_AWARENESS_TITLES, DEMO_COURSES, DEMO_TRAINERS, DEMO_VENUES } from './catalogue';

const DAY_MS = 86_400_000;
/** Demo mentors of the mentoring subgraph are `demo-mentor-1` to `demo-mentor-240`. */
export const DEMO_MENTOR_COUNT = 240;

type Row = unknown[];
interface DemoRows {
  courses: Row[];
  sessions: Row[];
  enrolments: Row[];
  certificates: Row[];
  actions: Row[];
}

/**
 * Fictitious catalogue, sessions 2021-2026 across communes (weighted by population),
 * participants, attendance and certificates, public awareness actions, and the awareness
 * course certificates of about 60% of the demo mentors. Deterministic (except verification
 * codes, which are never predictable, even for demo rows) and idempotent.
 */
export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM training_course WHERE fictitious');
  if (count > 0) return;
  const rows = buildDemoRows(new DemoRandom(92_2021), Date.now());
  await db.transaction(async (tx) => {
    const columns = {
      training_course: [
        'id',
        'title',
        'summary',
        'objectives',
        'target_sectors',
        'topics',
        'duration_hours',
        'modality',
        'mentor_awareness',
        'published',
        'fictitious',
      ],
      training_session: [
        'id',
        'course_id',
        'commune_code',
        'starts_at',
        'ends_at',
        'capacity',
        'status',
        'venue',
        'trainer_account_id',
        'trainer_name',
        'fictitious',
      ],
      enrolment: ['id', 'session_id', 'account_id', 'display_name', 'sector', 'status', 'attendance', 'enrolled_at', 'fictitious'],
      certificate: ['id', 'enrolment_id', 'course_id', 'account_id', 'holder_name', 'completed_on', 'verification_code', 'fictitious'],
      awareness_action: ['id', 'title', 'held_on', 'commune_code', 'format', 'participant_count', 'fictitious'],
    };
    await bulkInsert(tx, 'training_course', columns.training_course, rows.courses);
    await bulkInsert(tx, 'training_session', columns.training_session, rows.sessions);
    await bulkInsert(tx, 'enrolment', columns.enrolment, rows.enrolments);
    await bulkInsert(tx, 'certificate', columns.certificate, rows.certificates);
    await bulkInsert(tx, 'awareness_action', columns.awareness_action, rows.actions);
  });
  logger.info(
    Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])),
    'training demo data seeded (fictitious)',
  );
}

function buildDemoRows(random: DemoRandom, now: number): DemoRows {
  const out: DemoRows = { courses: [], sessions: [], enrolments: [], certificates: [], actions: [] };
  const courses = DEMO_COURSES.map((c) => ({ id: random.uuid(), ...c }));
  for (const c of courses) {
    out.courses.push([
      c.id,
      c.title,
      c.summary,
      c.objectives,
      c.sectors,
      c.topics,
      c.hours,
      c.modality,
      c.mentorAwareness ?? false,
      true,
      true,
    ]);
  }
  const name = () => `${random.pick(DEMO_FIRST_NAMES)} ${random.pick(DEMO_INITIALS)}.`;
  const addSession = (course: (typeof courses)[number], startsAt: Date, capacity: number, status: string) => {
    const id = random.uuid();
    const trainer = random.int(1, DEMO_TRAINERS.length);
    const venue = course.modality === 'remote' ? null : random.pick(DEMO_VENUES);
    const endsAt = new Date(startsAt.getTime() + course.hours * 3_600_000);
    out.sessions.push([
      id,
      course.id,
      random.weighted(COMMUNES, (c) => c.population).code,
      startsAt,
      endsAt,
      capacity,
      status,
      venue,
      `demo-trainer-${trainer}`,
      DEMO_TRAINERS[trainer - 1],
      true,
    ]);
    return { id, course, startsAt, endsAt };
  };
  const addEnrolment = (
    session: { id: string; course: { id: string }; startsAt: Date; endsAt: Date },
    account: string,
    holder: string,
    sector: string,
    attendance: string,
  ) => {
    const id = random.uuid();
    const enrolledAt = new Date(session.startsAt.getTime() - random.int(3, 60) * DAY_MS);
    out.enrolments.push([id, session.id, account, holder, sector, 'booked', attendance, enrolledAt, true]);
    if (attendance === 'full') {
      out.certificates.push([
        randomUUID(),
        id,
        session.course.id,
        account,
        holder,
        session.endsAt.toISOString().slice(0, 10),
        newVerificationCode(),
        true,
      ]);
    }
  };

  for (let year = 2021; year <= 2026; year++) {
    for (let n = 0; n < 40; n++) {
      const course = random.pick(courses);
      const startsAt = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28), random.pick([9, 14])));
      const past = startsAt.getTime() + course.hours * 3_600_000 < now;
      const status = past ? (random.chance(0.93) ? 'completed' : 'cancelled') : 'scheduled';
      const capacity = random.pick([12, 15, 20, 25]);
      const session = addSession(course, startsAt, capacity, status);
      if (status === 'cancelled') continue;
      const taken = new Set<string>();
      const booked = random.int(Math.floor(capacity / 2), capacity);
      for (let p = 0; p < booked; p++) {
        const attendance = status === 'completed' ? random.pick(['full', 'full', 'full', 'full', 'partial', 'no_show']) : 'unknown';
        const account = `demo-professional-${random.int(1, 2400)}`;
        const holder = name();
        const sector = random.pick(SECTORS);
        // The same fictitious professional may draw the same session twice: keep one enrolment.
        if (taken.has(account)) continue;
        taken.add(account);
        addEnrolment(session, account, holder, sector, attendance);
      }
    }
  }

  // About 60% of the demo mentors followed the mentors' awareness course (remote, 2023-2025).
  const awareness = courses.find((c) => c.mentorAwareness);
  if (!awareness) throw new Error("the demo catalogue (catalogue.ts) has no mentors' awareness course");
  const trainedMentors = Array.from({ length: DEMO_MENTOR_COUNT }, (_, i) => i + 1).filter(() => random.chance(0.6));
  for (let start = 0; start < trainedMentors.length; start += 20) {
    const startsAt = new Date(Date.UTC(2023 + ((start / 20) % 3), random.int(0, 11), random.int(1, 28), 17));
    const session = addSession(awareness, startsAt, 25, 'completed');
    for (const n of trainedMentors.slice(start, start + 20)) addEnrolment(session, `demo-mentor-${n}`, name(), 'association', 'full');
  }

  for (let year = 2021; year <= 2026; year++) {
    for (let n = 0; n < 25; n++) {
      const heldOn = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28)));
      const action = random.pick(DEMO_AWARENESS_TITLES);
      const participants =
        action.format === 'webinar' ? random.int(20, 250) : action.format === 'stand' ? random.int(40, 400) : random.int(15, 120);
      const commune = random.weighted(COMMUNES, (c) => c.population).code;
      if (heldOn.getTime() > now) continue;
      out.actions.push([random.uuid(), action.title, heldOn.toISOString().slice(0, 10), commune, action.format, participants, true]);
    }
  }
  return out;
}
