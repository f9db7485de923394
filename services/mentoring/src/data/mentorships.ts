// Mentorships: the lifecycle mutations under row locks, batched reads for loaders and the list
// of one account's mentorships.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { byKeys, conflict, forbidden, notFound, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { MenteeEntity, MentorEntity, MentorshipEntity, type MentorshipStatus } from './entities';
import { pageInIdOrder } from './keyset-pages';
import { notifyParticipants } from './programme-notifications';
import { shareContact, withdrawSharedContacts, type SharedContact } from './shared-contacts';
import { BY_ID, rowPerKey } from './rows-by-keys';

/**
 * The mentorship lifecycle: proposed -> active (both accepted) -> completed | ended;
 * proposed -> declined. Capacity and "one active mentorship per mentee" hold under concurrent
 * mutations: activation locks the mentor row (SELECT ... FOR UPDATE) before counting her active
 * mentorships, locks the mentee row, and the partial unique index is the last line of defence.
 */
export interface Actor {
  sub: string;
  coordinator: boolean;
}

/** Account subs of both participants, for row-level rules. */
export interface Participants {
  mentorAccount: string | null;
  menteeAccount: string | null;
}

const UNIQUE_VIOLATION = '23505';
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === UNIQUE_VIOLATION;
}

async function lockRow<T extends MentorEntity | MenteeEntity>(tx: EntityManager, entity: new () => T, id: string): Promise<T | null> {
  return tx.getRepository(entity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
}

async function activeCount(tx: EntityManager, mentorId: string): Promise<number> {
  const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM mentorship WHERE mentor_id = $1 AND status = 'active'`, [mentorId]);
  return n;
}

export async function proposeMatch(db: DataSource, menteeId: string, mentorId: string): Promise<MentorshipEntity> {
  try {
    return await db.transaction(async (tx) => {
      const mentor = await lockRow(tx, MentorEntity, mentorId);
      const mentee = await lockRow(tx, MenteeEntity, menteeId);
      if (!mentor || mentor.erasedAt) throw notFound('No such mentor');
      if (!mentee || mentee.erasedAt) throw notFound('No such mentee');
      if (mentee.status !== 'accepted') throw conflict(`Only an accepted mentee can be proposed a mentor (she is ${mentee.status})`);
      if (mentor.status !== 'approved') throw conflict('Only an approved mentor can be proposed');
      if ((await activeCount(tx, mentorId)) >= mentor.capacity) throw conflict('The mentor has no remaining capacity');
      const mentorship = tx
        .getRepository(MentorshipEntity)
        .create({ id: randomUUID(), mentorId, menteeId, status: 'proposed', fictitious: false });
      const saved = await tx.getRepository(MentorshipEntity).save(mentorship);
      await notifyParticipants(tx, saved.id, { mentorAccount: mentor.accountId, menteeAccount: mentee.accountId }, 'match.proposed');
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This mentor is already proposed to this mentee');
    throw error;
  }
}

interface Locked {
  mentorship: MentorshipEntity;
  participants: Participants;
  side: 'mentor' | 'mentee' | null;
}

async function lockMentorship(tx: EntityManager, id: string, actor: Actor): Promise<Locked> {
  const mentorship = await tx
    .getRepository(MentorshipEntity)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id })
    .getOne();
  if (!mentorship) throw notFound('No such mentorship');
  const [row]: { mentor_account: string | null; mentee_account: string | null }[] = await tx.query(
    `SELECT (SELECT account_id FROM mentor WHERE id = $1) AS mentor_account, (SELECT account_id FROM mentee WHERE id = $2) AS mentee_account`,
    [mentorship.mentorId, mentorship.menteeId],
  );
  const participants = { mentorAccount: row.mentor_account, menteeAccount: row.mentee_account };
  const side = participants.mentorAccount === actor.sub ? 'mentor' : participants.menteeAccount === actor.sub ? 'mentee' : null;
  // Someone else's mentorship is answered exactly like an unknown id: ids cannot be probed.
  if (!side && !actor.coordinator) throw notFound('No such mentorship');
  return { mentorship, participants, side };
}

function expect(mentorship: MentorshipEntity, status: MentorshipStatus, action: string): void {
  if (mentorship.status !== status) throw conflict(`Cannot ${action} a ${mentorship.status} mentorship`);
}

async function save(tx: EntityManager, mentorship: MentorshipEntity, changes: Partial<MentorshipEntity>): Promise<MentorshipEntity> {
  await tx.getRepository(MentorshipEntity).update(mentorship.id, changes);
  return Object.assign(mentorship, changes);
}

export async function acceptMatch(db: DataSource, id: string, actor: Actor, share: SharedContact | null = null): Promise<MentorshipEntity> {
  try {
    return await db.transaction(async (tx) => {
      const { mentorship, side, participants } = await lockMentorship(tx, id, actor);
      if (!side) throw forbidden('Only a participant can accept a proposal');
      expect(mentorship, 'proposed', 'accept');
      const field = side === 'mentor' ? 'mentorAcceptedAt' : 'menteeAcceptedAt';
      if (mentorship[field]) throw conflict('You have already accepted this proposal');
      // Her consent and what she shares are written with her acceptance, or not at all.
      if (share) await shareContact(tx, mentorship.id, side === 'mentor' ? 'MENTOR' : 'MENTEE', actor.sub, share);
      const now = new Date();
      const changes: Partial<MentorshipEntity> = { [field]: now };
      const other = side === 'mentor' ? mentorship.menteeAcceptedAt : mentorship.mentorAcceptedAt;
      if (other) {
        // Both said yes: activation. Lock order mentor then mentee, the same as proposeMatch.
        // Foreign keys keep both rows: a missing one would be a broken database, told as such.
        const mentor = await lockRow(tx, MentorEntity, mentorship.mentorId);
        const mentee = await lockRow(tx, MenteeEntity, mentorship.menteeId);
        if (!mentor || !mentee) throw new Error(`mentorship ${mentorship.id} refers to a missing mentor or mentee`);
        if (mentor.status !== 'approved') throw conflict('The mentor is not approved any more');
        if ((await activeCount(tx, mentor.id)) >= mentor.capacity) throw conflict('The mentor has no remaining capacity');
        if (mentee.status !== 'accepted') throw conflict(`The mentee is ${mentee.status}, not waiting for a mentor`);
        Object.assign(changes, { status: 'active', startedAt: now });
        await tx.getRepository(MenteeEntity).update(mentee.id, { status: 'matched' });
        await notifyParticipants(tx, mentorship.id, participants, 'match.accepted');
      }
      return save(tx, mentorship, changes);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('The mentee already has an active mentorship');
    throw error;
  }
}

export async function declineMatch(db: DataSource, id: string, actor: Actor): Promise<MentorshipEntity> {
  return db.transaction(async (tx) => {
    const { mentorship, participants } = await lockMentorship(tx, id, actor);
    expect(mentorship, 'proposed', 'decline');
    await withdrawSharedContacts(tx, mentorship.id);
    await notifyParticipants(tx, mentorship.id, participants, 'match.declined');
    return save(tx, mentorship, { status: 'declined', endedAt: new Date() });
  });
}

export async function endMatch(db: DataSource, id: string, reason: string, actor: Actor): Promise<MentorshipEntity> {
  return db.transaction(async (tx) => {
    const { mentorship, participants } = await lockMentorship(tx, id, actor);
    expect(mentorship, 'active', 'end');
    // Ended early: she is back among the accepted mentees and can be matched again.
    await tx.getRepository(MenteeEntity).update({ id: mentorship.menteeId, status: 'matched' }, { status: 'accepted' });
    await withdrawSharedContacts(tx, mentorship.id);
    await notifyParticipants(tx, mentorship.id, participants, 'match.ended');
    return save(tx, mentorship, { status: 'ended', endedAt: new Date(), endReason: reason });
  });
}

export async function completeMatch(db: DataSource, id: string, actor: Actor): Promise<MentorshipEntity> {
  return db.transaction(async (tx) => {
    const { mentorship, side, participants } = await lockMentorship(tx, id, actor);
    if (side === 'mentee' && !actor.coordinator) throw forbidden('The mentor or a coordinator records the completion');
    expect(mentorship, 'active', 'complete');
    await tx.getRepository(MenteeEntity).update({ id: mentorship.menteeId, status: 'matched' }, { status: 'alumna' });
    await withdrawSharedContacts(tx, mentorship.id);
    await notifyParticipants(tx, mentorship.id, participants, 'survey.requested');
    return save(tx, mentorship, { status: 'completed', endedAt: new Date() });
  });
}

export const mentorshipsByIds = (db: DataSource, ids: readonly string[]) => rowPerKey(db, MentorshipEntity, BY_ID, ids);

export async function participantsOf(db: DataSource, mentorshipIds: readonly string[]): Promise<(Participants | null)[]> {
  const rows: { id: string; mentor_account: string | null; mentee_account: string | null }[] = await db.query(
    `SELECT s.id, m.account_id AS mentor_account, e.account_id AS mentee_account
       FROM mentorship s JOIN mentor m ON m.id = s.mentor_id JOIN mentee e ON e.id = s.mentee_id WHERE s.id = ANY($1::uuid[])`,
    [[...mentorshipIds]],
  );
  return byKeys(mentorshipIds, rows, (r) => r.id).map((r) =>
    r ? { mentorAccount: r.mentor_account, menteeAccount: r.mentee_account } : null,
  );
}

/** The mentorships of one account, as mentor or mentee. */
/** Every mentorship (or those in `status`, of mentees living in `commune`), for coordinators. */
export async function allMentorships(
  db: DataSource,
  filter: { status: MentorshipStatus | null; commune: string | null },
  request: PageRequest,
): Promise<Connection<MentorshipEntity>> {
  const query = db.getRepository(MentorshipEntity).createQueryBuilder('s').where('true');
  if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
  if (filter.commune) query.andWhere('s.mentee_id IN (SELECT id FROM mentee WHERE commune_code = :commune)', { commune: filter.commune });
  return pageInIdOrder(query, request);
}

export async function mentorshipsOfAccount(
  db: DataSource,
  sub: string,
  status: MentorshipStatus | null,
  request: PageRequest,
): Promise<Connection<MentorshipEntity>> {
  const query = db
    .getRepository(MentorshipEntity)
    .createQueryBuilder('s')
    .where(
      `(s.mentor_id IN (SELECT id FROM mentor WHERE account_id = :sub) OR s.mentee_id IN (SELECT id FROM mentee WHERE account_id = :sub))`,
      { sub },
    );
  if (status) query.andWhere('s.status = :status', { status });
  return pageInIdOrder(query, request);
}
