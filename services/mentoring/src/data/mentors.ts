// Mentor profiles: the public and coordinators' lists, batched reads for loaders, registration,
// profile edits and status changes.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { byKeys, conflict, notFound, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { rememberAddress } from '@equality-graph/notifications';
import { MentorEntity, type MentorStatus, type MentoringFormat } from './entities';
import { pageInIdOrder } from './keyset-pages';
import { BY_ACCOUNT, BY_ID, rowPerKey } from './rows-by-keys';
import { recordConsent } from './consents';

/** A mentor row; `awarenessTrained` comes from the representation the gateway sends (training's field). */
export type MentorRow = MentorEntity & { awarenessTrained?: boolean };

export interface PublicMentorFilter {
  expertise?: string[] | null;
  commune?: string | null;
  format?: MentoringFormat | null;
  hasCapacity?: boolean | null;
}

const ACTIVE_COUNT = `(SELECT count(*) FROM mentorship s WHERE s.mentor_id = m.id AND s.status = 'active')`;

/** Approved, published profiles (mentor_public_idx), filters on indexed columns. Two statements. */
export function listPublicMentors(db: DataSource, filter: PublicMentorFilter, request: PageRequest): Promise<Connection<MentorEntity>> {
  const query = db.getRepository(MentorEntity).createQueryBuilder('m').where(`m.status = 'approved' AND m.published`);
  if (filter.expertise?.length) query.andWhere('m.expertise && :expertise', { expertise: filter.expertise.map((e) => e.toLowerCase()) });
  if (filter.commune) query.andWhere('m.commune_code = :commune', { commune: filter.commune });
  if (filter.format) query.andWhere(':format = ANY(m.formats)', { format: filter.format });
  if (filter.hasCapacity === true) query.andWhere(`m.capacity > ${ACTIVE_COUNT}`);
  if (filter.hasCapacity === false) query.andWhere(`m.capacity <= ${ACTIVE_COUNT}`);
  return pageInIdOrder(query, request);
}

export function listMentorProfiles(db: DataSource, status: MentorStatus | null, request: PageRequest): Promise<Connection<MentorEntity>> {
  const query = db.getRepository(MentorEntity).createQueryBuilder('m').where('m.erased_at IS NULL');
  if (status) query.andWhere('m.status = :status', { status });
  return pageInIdOrder(query, request);
}

// A reference's id comes from a client: only uuids reach the uuid column, the others are null.
export const mentorsByIds = (db: DataSource, ids: readonly string[]) => rowPerKey(db, MentorEntity, BY_ID, ids);
export const mentorsByAccounts = (db: DataSource, subs: readonly string[]) => rowPerKey(db, MentorEntity, BY_ACCOUNT, subs);

/** Active mentorships of any number of mentors, one statement. */
export async function activeCounts(db: DataSource, mentorIds: readonly string[]): Promise<number[]> {
  const rows: { mentor_id: string; n: number }[] = await db.query(
    `SELECT mentor_id, count(*)::int AS n FROM mentorship WHERE mentor_id = ANY($1::uuid[]) AND status = 'active' GROUP BY mentor_id`,
    [[...mentorIds]],
  );
  return byKeys(mentorIds, rows, (r) => r.mentor_id).map((row) => row?.n ?? 0);
}

export type MentorProfile = Pick<
  MentorEntity,
  'displayName' | 'headline' | 'bio' | 'expertise' | 'languages' | 'communeCode' | 'formats' | 'capacity' | 'published' | 'email' | 'phone'
>;

/** Any signed-in account offers to mentor; her profile's email is also where her emails go. */
export async function registerMentor(db: DataSource, accountId: string, profile: MentorProfile): Promise<MentorEntity> {
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(MentorEntity);
    if (await repository.exists({ where: { accountId } })) throw conflict('You already have a mentor profile');
    const mentor = repository.create({
      id: randomUUID(),
      accountId,
      status: 'pending',
      fictitious: false,
      approvedAt: null,
      erasedAt: null,
      ...profile,
    });
    if (profile.email) await rememberAddress(tx, accountId, profile.email);
    const saved = await repository.save(mentor);
    // The charter she accepted (required by the resolver) commits with her offer.
    await recordConsent(tx, { accountId, kind: 'CHARTER', recordedBy: accountId });
    return saved;
  });
}

export async function updateMentor(db: DataSource, accountId: string, patch: Partial<MentorProfile>): Promise<MentorEntity> {
  const repository = db.getRepository(MentorEntity);
  const mentor = await repository.findOne({ where: { accountId } });
  if (!mentor) throw notFound('You have no mentor profile');
  Object.assign(mentor, patch);
  return repository.save(mentor);
}

const MENTOR_TRANSITIONS: Record<MentorStatus, MentorStatus[]> = {
  pending: ['approved', 'suspended'],
  approved: ['suspended'],
  suspended: ['approved'],
};

export async function setMentorStatus(db: DataSource, id: string, to: MentorStatus): Promise<MentorEntity> {
  return db.transaction(async (tx: EntityManager) => {
    const mentor = await tx
      .getRepository(MentorEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!mentor || mentor.erasedAt) throw notFound('No such mentor');
    if (!MENTOR_TRANSITIONS[mentor.status].includes(to)) throw conflict(`A ${mentor.status} mentor cannot become ${to}`);
    mentor.status = to;
    if (to === 'approved') mentor.approvedAt = new Date();
    return tx.getRepository(MentorEntity).save(mentor);
  });
}
