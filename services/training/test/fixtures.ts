// Direct inserts and GraphQL documents shared by training's tests for set-up (the behaviour under
// test always goes through GraphQL).
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export async function insertCourse(
  db: DataSource,
  fields: { title?: string; sectors?: string[]; modality?: string; published?: boolean; mentorAwareness?: boolean; topics?: string[] } = {},
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO training_course (id, title, summary, objectives, target_sectors, topics, duration_hours, modality, mentor_awareness, published)
     VALUES ($1, $2, 'Résumé', '{Objectif}', $3, $4, 3, $5, $6, $7)`,
    [
      id,
      fields.title ?? `Course ${id.slice(0, 8)}`,
      fields.sectors ?? ['health'],
      fields.topics ?? [],
      fields.modality ?? 'in_person',
      fields.mentorAwareness ?? false,
      fields.published ?? true,
    ],
  );
  return id;
}

export async function insertSession(
  db: DataSource,
  courseId: string,
  fields: { startsAt?: string; hours?: number; capacity?: number; status?: string; commune?: string; trainer?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  const startsAt = new Date(fields.startsAt ?? '2030-06-01T09:00:00Z');
  await db.query(
    `INSERT INTO training_session (id, course_id, commune_code, starts_at, ends_at, capacity, status, venue, trainer_account_id, trainer_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'Salle A', $8, 'Formatrice Test')`,
    [
      id,
      courseId,
      fields.commune ?? '92023',
      startsAt,
      new Date(startsAt.getTime() + (fields.hours ?? 3) * 3_600_000),
      fields.capacity ?? 12,
      fields.status ?? 'scheduled',
      fields.trainer === undefined ? 'test-trainer' : fields.trainer,
    ],
  );
  return id;
}

export const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) { id status sector displayName } }`;
export const CANCEL = `mutation ($id: ID!) { cancelEnrolment(id: $id) { id status } }`;
