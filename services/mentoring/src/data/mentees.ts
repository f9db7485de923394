// Mentee records: the coordinators' list, batched reads for loaders, applications and the
// status changes coordinators make.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { byKeys, conflict, notFound, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { rememberAddress } from '@equality-graph/notifications';
import { MenteeEntity, type MenteeStatus } from './entities';
import { consentsOfMentees, hasParentalConsent, isMinor, recordConsent } from './consents';
import { pageInIdOrder } from './keyset-pages';
import { notifyMentee } from './programme-notifications';
import { BY_ACCOUNT, BY_ID, rowPerKey } from './rows-by-keys';

export interface MenteeFilter {
  status?: MenteeStatus | null;
  commune?: string | null;
}

/** Coordinators' list, on mentee_status_idx / mentee_commune_idx. Two statements. */
export async function listMentees(db: DataSource, filter: MenteeFilter, request: PageRequest): Promise<Connection<MenteeEntity>> {
  const query = db.getRepository(MenteeEntity).createQueryBuilder('e').where('e.erased_at IS NULL');
  if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
  if (filter.commune) query.andWhere('e.commune_code = :commune', { commune: filter.commune });
  return pageInIdOrder(query, request);
}

export const menteesByIds = (db: DataSource, ids: readonly string[]) => rowPerKey(db, MenteeEntity, BY_ID, ids);
export const menteesByAccounts = (db: DataSource, subs: readonly string[]) => rowPerKey(db, MenteeEntity, BY_ACCOUNT, subs);

/** The account `sub` of each mentee's active mentor (null when none), one statement. */
export async function activeMentorAccounts(db: DataSource, menteeIds: readonly string[]): Promise<(string | null)[]> {
  const rows: { mentee_id: string; account_id: string | null }[] = await db.query(
    `SELECT s.mentee_id, m.account_id FROM mentorship s JOIN mentor m ON m.id = s.mentor_id
      WHERE s.mentee_id = ANY($1::uuid[]) AND s.status = 'active'`,
    [[...menteeIds]],
  );
  return byKeys(menteeIds, rows, (r) => r.mentee_id).map((row) => row?.account_id ?? null);
}

export type MenteeApplication = Pick<
  MenteeEntity,
  'firstName' | 'birthYear' | 'communeCode' | 'situation' | 'projectSummary' | 'interests' | 'formats' | 'availability' | 'languages'
>;

/** What comes with an application besides the record: her address for emails (the charter is required, resolvers check it). */
export interface ApplicationExtras {
  email: string | null;
  currentYear: number;
}

/**
 * Any signed-in account applies; her record is what makes her a mentee. The record, her
 * charter consent, her address and the acknowledgement email commit together.
 */
export async function applyAsMentee(
  db: DataSource,
  accountId: string,
  application: MenteeApplication,
  extras: ApplicationExtras,
): Promise<MenteeEntity> {
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(MenteeEntity);
    if (await repository.exists({ where: { accountId } })) throw conflict('You have already applied');
    const mentee = await repository.save(
      repository.create({
        id: randomUUID(),
        accountId,
        status: 'applied',
        fictitious: false,
        acceptedAt: null,
        erasedAt: null,
        ...application,
      }),
    );
    if (extras.email) await rememberAddress(tx, accountId, extras.email);
    await recordConsent(tx, { accountId, menteeId: mentee.id, kind: 'CHARTER', recordedBy: accountId });
    await notifyMentee(tx, mentee.id, accountId, 'mentee.application-received');
    if (isMinor(mentee.birthYear, extras.currentYear)) await notifyMentee(tx, mentee.id, accountId, 'mentee.parental-consent-needed');
    return mentee;
  });
}

const MENTEE_TRANSITIONS: Partial<Record<MenteeStatus, MenteeStatus[]>> = {
  applied: ['accepted', 'withdrawn'],
  accepted: ['withdrawn'],
};

/** Coordinator-driven status changes (matched and alumna follow the mentorship lifecycle). */
export async function setMenteeStatus(db: DataSource, id: string, to: MenteeStatus): Promise<MenteeEntity> {
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(MenteeEntity);
    const mentee = await repository.createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id }).getOne();
    if (!mentee || mentee.erasedAt) throw notFound('No such mentee');
    if (!MENTEE_TRANSITIONS[mentee.status]?.includes(to)) throw conflict(`An ${mentee.status} mentee cannot become ${to}`);
    if (to === 'accepted' && isMinor(mentee.birthYear, new Date().getUTCFullYear())) {
      const [consents] = await consentsOfMentees(tx, [mentee.id]);
      if (!hasParentalConsent(consents)) throw conflict("A minor's application waits for a parent's consent (recordParentalConsent)");
    }
    if (to === 'withdrawn') {
      // Open proposals lapse with the application.
      await tx.query(`UPDATE mentorship SET status = 'declined', ended_at = now() WHERE mentee_id = $1 AND status = 'proposed'`, [id]);
    }
    mentee.status = to;
    if (to === 'accepted') {
      mentee.acceptedAt = new Date();
      await notifyMentee(tx, mentee.id, mentee.accountId, 'mentee.application-accepted');
    }
    return repository.save(mentee);
  });
}
