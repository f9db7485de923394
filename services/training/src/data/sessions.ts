// Training sessions: the paged, filtered list, batch reads for the loaders, scheduling a session
// and marking it held (cancellation is session-cancellation.ts).
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badArgument,
  byKeys,
  conflict,
  intBetween,
  isUuid,
  keysetAfter,
  notFound,
  toConnection,
  uuidsOnly,
  type Connection,
  type PageRequest,
} from '@equality-graph/service-kit';
import { checkedCommuneCode } from './argument-checks';
import { TrainingCourseEntity, TrainingSessionEntity, type SessionStatus, type Sector } from './entities';
import { NO_SUCH_COURSE, NO_SUCH_SESSION } from './not-found';
import { rowsByIds } from './rows-by-ids';

export interface SessionFilter {
  from?: Date;
  to?: Date;
  communeCode?: string;
  sector?: Sector;
  courseId?: string;
  status?: SessionStatus;
  /** Coordinators only (the resolver checks): sessions of unpublished courses too. */
  includeUnpublished?: boolean;
}

/** The keyset of the list's order: (starts_at, id). */
const CURSOR = ['instant', 'uuid'] as const;
const cursorKey = (s: TrainingSessionEntity) => [s.startsAt.toISOString(), s.id];

/**
 * Sessions of published courses (of any course for a coordinator) by start time, cancelled
 * ones included. Each filter has an index: starts_at,
 * (commune_code, starts_at), (course_id, starts_at), and the courses' GIN index for a sector.
 */
export async function listSessions(db: DataSource, filter: SessionFilter, page: PageRequest): Promise<Connection<TrainingSessionEntity>> {
  const query = db
    .getRepository(TrainingSessionEntity)
    .createQueryBuilder('s')
    .innerJoin(TrainingCourseEntity, 'c', filter.includeUnpublished ? 'c.id = s.course_id' : 'c.id = s.course_id AND c.published');
  if (filter.from) query.andWhere('s.starts_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('s.starts_at < :to', { to: filter.to });
  if (filter.communeCode) query.andWhere('s.commune_code = :commune', { commune: filter.communeCode });
  if (filter.courseId) query.andWhere('s.course_id = :course', { course: isUuid(filter.courseId) ? filter.courseId : null });
  if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
  if (filter.sector) query.andWhere('c.target_sectors @> ARRAY[:sector]::text[]', { sector: filter.sector });
  const total = await query.getCount();
  const after = keysetAfter(page, CURSOR);
  if (after) {
    const [at, id] = after;
    query.andWhere('(s.starts_at, s.id) > (:at, :id)', { at: new Date(at), id });
  }
  const rows = await query
    .orderBy('s.starts_at', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .limit(page.limit + 1)
    .getMany();
  return toConnection(rows, page.limit, total, cursorKey);
}

export function sessionsByIds(db: DataSource, ids: readonly string[]): Promise<(TrainingSessionEntity | null)[]> {
  return rowsByIds(db, TrainingSessionEntity, ids);
}

/** Booked seats of any number of sessions, one statement (enrolment_session_idx). */
export async function bookedCounts(db: DataSource, sessionIds: readonly string[]): Promise<number[]> {
  const rows: { session_id: string; n: number }[] = await db.query(
    `SELECT session_id, count(*)::int AS n FROM enrolment WHERE session_id = ANY($1::uuid[]) AND status = 'booked' GROUP BY session_id`,
    [uuidsOnly(sessionIds)],
  );
  return byKeys(sessionIds, rows, (row) => row.session_id).map((row) => row?.n ?? 0);
}

export interface NewSession {
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  communeCode: string;
  venue: string | null;
  capacity: number;
  trainerAccountId: string | null;
  trainerName: string | null;
}

export async function scheduleSession(db: DataSource, input: NewSession): Promise<TrainingSessionEntity> {
  checkedCommuneCode(input.communeCode);
  if (!(input.endsAt > input.startsAt)) throw badArgument('endsAt', 'must be after `startsAt`');
  intBetween(input.capacity, 'capacity', 1, 500);
  const course = isUuid(input.courseId) ? await db.getRepository(TrainingCourseEntity).findOneBy({ id: input.courseId }) : null;
  if (!course) throw notFound(NO_SUCH_COURSE);
  const repository = db.getRepository(TrainingSessionEntity);
  const session = repository.create({
    id: randomUUID(),
    ...input,
    status: 'scheduled',
    cancelledAt: null,
    cancellationReason: null,
    fictitious: false,
  });
  await repository.insert(session);
  return session;
}

/**
 * The session row under its lock (the lock every change to a session and its enrolments takes),
 * when it exists and `may` (a row-level rule of access-rules.ts) allows this caller: an unknown
 * session and one that is not hers get the same NOT_FOUND (not-found.ts).
 */
export async function lockSessionFor(
  tx: EntityManager,
  id: string,
  may: (session: TrainingSessionEntity) => boolean,
): Promise<TrainingSessionEntity> {
  const session = isUuid(id)
    ? await tx.getRepository(TrainingSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!session || !may(session)) throw notFound(NO_SUCH_SESSION);
  return session;
}

/**
 * Marks an ended session as held. `mayTeach` is the row-level rule (its trainer or a
 * coordinator), checked on the locked row.
 */
export async function completeSession(
  db: DataSource,
  id: string,
  mayTeach: (session: TrainingSessionEntity) => boolean,
): Promise<TrainingSessionEntity> {
  return db.transaction(async (tx) => {
    const session = await lockSessionFor(tx, id, mayTeach);
    if (session.status !== 'scheduled') throw conflict(`The session is already ${session.status}`);
    if (session.endsAt.getTime() > Date.now()) throw conflict('The session has not ended yet');
    await tx.getRepository(TrainingSessionEntity).update({ id }, { status: 'completed' });
    return { ...session, status: 'completed' };
  });
}
