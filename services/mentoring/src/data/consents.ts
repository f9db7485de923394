// Consents in the programme: the charter, contact sharing inside one mentorship, a parent's
// consent for a minor. Recorded with the version of the text and the time; withdrawn, not deleted
// (erasure deletes them).
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { groupByKeys, notFound } from '@equality-graph/service-kit';

/** The versions of the texts shown today; a new text gets a new version, old consents keep theirs. */
export const CONSENT_TEXT_VERSIONS = {
  CHARTER: 'charte-2026-01',
  CONTACT_SHARING: 'partage-coordonnees-2026-01',
  PARENTAL: 'accord-parental-2026-01',
} as const;

export type ConsentKind = keyof typeof CONSENT_TEXT_VERSIONS;

/** Under 18 this calendar year (the programme counts ages by birth year, as for its bounds). */
export const ADULT_AGE = 18;
export const isMinor = (birthYear: number | null, currentYear: number) => birthYear !== null && currentYear - birthYear < ADULT_AGE;

export interface ConsentRow {
  id: string;
  account_id: string | null;
  mentee_id: string | null;
  mentorship_id: string | null;
  kind: ConsentKind;
  text_version: string;
  parent_name: string | null;
  parent_consent_date: string | null;
  given_at: Date;
  withdrawn_at: Date | null;
}

export interface NewConsent {
  accountId: string | null;
  menteeId?: string | null;
  mentorshipId?: string | null;
  kind: ConsentKind;
  parentName?: string | null;
  parentConsentDate?: string | null;
  recordedBy: string;
}

const COLUMNS = `id, account_id, mentee_id, mentorship_id, kind, text_version, parent_name,
  to_char(parent_consent_date, 'YYYY-MM-DD') AS parent_consent_date, given_at, withdrawn_at`;

export async function recordConsent(tx: EntityManager | DataSource, consent: NewConsent): Promise<ConsentRow> {
  const [row]: ConsentRow[] = await tx.query(
    `INSERT INTO consent (id, account_id, mentee_id, mentorship_id, kind, text_version, parent_name, parent_consent_date, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      consent.accountId,
      consent.menteeId ?? null,
      consent.mentorshipId ?? null,
      consent.kind,
      CONSENT_TEXT_VERSIONS[consent.kind],
      consent.parentName ?? null,
      consent.parentConsentDate ?? null,
      consent.recordedBy,
    ],
  );
  return row;
}

export async function consentsOfAccount(db: DataSource, sub: string): Promise<ConsentRow[]> {
  return db.query(`SELECT ${COLUMNS} FROM consent WHERE account_id = $1 ORDER BY given_at, id`, [sub]);
}

/** The consents of any number of mentees, one statement (a loader's batch). */
export async function consentsOfMentees(db: DataSource | EntityManager, menteeIds: readonly string[]): Promise<ConsentRow[][]> {
  const rows: ConsentRow[] = await db.query(`SELECT ${COLUMNS} FROM consent WHERE mentee_id = ANY($1::uuid[]) ORDER BY given_at, id`, [
    [...menteeIds],
  ]);
  return groupByKeys(menteeIds, rows, (r) => r.mentee_id);
}

export const hasParentalConsent = (consents: ConsentRow[]) => consents.some((c) => c.kind === 'PARENTAL' && !c.withdrawn_at);

/**
 * Withdraws one of her consents (or one a coordinator recorded for her). A contact-sharing
 * consent takes the shared contact with it. Someone else's consent answers as an unknown one.
 */
export async function withdrawConsent(db: DataSource, id: string, sub: string, coordinator: boolean): Promise<ConsentRow> {
  return db.transaction(async (tx) => {
    const [row]: ConsentRow[] = await tx.query(`SELECT ${COLUMNS} FROM consent WHERE id = $1 FOR UPDATE`, [id]);
    if (!row || (row.account_id !== sub && !coordinator)) throw notFound('No such consent');
    if (row.withdrawn_at) return row;
    await tx.query('DELETE FROM mentorship_contact WHERE consent_id = $1', [id]);
    const [updated]: [ConsentRow[], number] = await tx.query(`UPDATE consent SET withdrawn_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
      id,
    ]);
    return updated[0];
  });
}
