import type { DataSource } from 'typeorm';
import { COMMUNES } from '@equality-graph/territory';
import { DEMO_FIRST_NAMES, DEMO_INITIALS, DemoRandom, bulkInsert, type Logger } from '@equality-graph/service-kit';

/**
 * A catalogue modelled on the national training kits (MIPROF), with fictitious sessions,
 * participants and attendance from 2021 to 2026. Idempotent: skipped when already there.
 */
const COURSES: { title: string; summary: string; hours: number; modality: 'in_person' | 'remote' | 'hybrid'; mentorAwareness?: boolean }[] =
  [
    {
      title: 'Repérer et accompagner les victimes de violences au sein du couple (kit « Anna »)',
      summary: "Le mécanisme de l'emprise et le rôle de chaque professionnel, à partir du court-métrage « Anna ».",
      hours: 7,
      modality: 'in_person',
    },
    {
      title: 'Violences sexuelles : recevoir la parole (kit « Elisa »)',
      summary: "L'entretien avec une victime de violences sexuelles, le signalement et l'orientation.",
      hours: 7,
      modality: 'in_person',
    },
    {
      title: 'Les enfants co-victimes des violences conjugales (kit « Tom et Léna »)',
      summary: "Repérer l'impact des violences sur les enfants et protéger la mère et l'enfant.",
      hours: 6,
      modality: 'hybrid',
    },
    {
      title: "L'ordonnance de protection (kit « Protection sur ordonnance »)",
      summary: "La procédure devant le juge aux affaires familiales et l'accompagnement de la demandeuse.",
      hours: 3.5,
      modality: 'remote',
    },
    {
      title: 'Les mutilations sexuelles féminines (kit « Bilakoro »)',
      summary: 'Prévenir, repérer et orienter les jeunes filles menacées.',
      hours: 3.5,
      modality: 'in_person',
    },
    {
      title: 'Téléphone grave danger et bracelet anti-rapprochement',
      summary: 'Les dispositifs de protection sur le ressort du tribunal judiciaire de Nanterre.',
      hours: 3,
      modality: 'remote',
    },
    {
      title: 'Sensibilisation des mentors aux violences faites aux femmes',
      summary: 'Reconnaître les signes, réagir et orienter une mentorée vers les bons interlocuteurs.',
      hours: 3,
      modality: 'remote',
      mentorAwareness: true,
    },
  ];

const SECTORS = ['police_gendarmerie', 'health', 'social_work', 'education', 'justice', 'association', 'local_government'] as const;

export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM training_course WHERE fictitious');
  if (count > 0) return;
  const random = new DemoRandom(92_2021);
  const courses = COURSES.map((c) => [random.uuid(), c.title, c.summary, c.hours, c.modality, c.mentorAwareness ?? false, true, true]);

  const now = Date.now();
  const sessions: unknown[][] = [];
  const enrolments: unknown[][] = [];
  for (let year = 2021; year <= 2026; year++) {
    for (let n = 0; n < 40; n++) {
      const course = random.pick(courses);
      const startsAt = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28), random.pick([9, 14])));
      const endsAt = new Date(startsAt.getTime() + Number(course[3]) * 3_600_000);
      const past = endsAt.getTime() < now;
      const status = past ? (random.chance(0.93) ? 'completed' : 'cancelled') : 'scheduled';
      const capacity = random.pick([12, 15, 20, 25]);
      const id = random.uuid();
      sessions.push([id, course[0], random.weighted(COMMUNES, (c) => c.population).code, startsAt, endsAt, capacity, status, true]);
      if (status === 'cancelled') continue;
      const booked = random.int(Math.floor(capacity / 2), capacity);
      for (let p = 0; p < booked; p++) {
        const attendance = status === 'completed' ? random.pick(['full', 'full', 'full', 'full', 'partial', 'no_show']) : 'unknown';
        const account = `demo-professional-${random.int(1, 2400)}`;
        const name = `${random.pick(DEMO_FIRST_NAMES)} ${random.pick(DEMO_INITIALS)}.`;
        enrolments.push([random.uuid(), id, account, name, random.pick(SECTORS), 'booked', attendance, true]);
      }
    }
  }
  await db.transaction(async (tx) => {
    await bulkInsert(
      tx,
      'training_course',
      ['id', 'title', 'summary', 'duration_hours', 'modality', 'mentor_awareness', 'published', 'fictitious'],
      courses,
    );
    await bulkInsert(
      tx,
      'training_session',
      ['id', 'course_id', 'commune_code', 'starts_at', 'ends_at', 'capacity', 'status', 'fictitious'],
      sessions,
    );
    // The same fictitious professional may draw the same session twice: keep one enrolment.
    await bulkInsert(
      tx,
      'enrolment',
      ['id', 'session_id', 'account_id', 'display_name', 'sector', 'status', 'attendance', 'fictitious'],
      enrolments,
      'ON CONFLICT DO NOTHING',
    );
  });
  logger.info(
    { courses: courses.length, sessions: sessions.length, enrolments: enrolments.length },
    'training demo data seeded (fictitious)',
  );
}
