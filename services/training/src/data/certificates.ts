// Certificates: their verification codes, the public check of a code, and the batch reads behind
// the certificate loaders (issuing them is attendance.ts's job).
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '@equality-graph/service-kit';
import { CertificateEntity } from './entities';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 160 bits from the OS's CSPRNG, RFC 4648 base32 without padding: 32 characters. */
export function newVerificationCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}

/** What a verification tells: nothing about the account, the session or the enrolment. */
export interface CertificateVerificationRow {
  courseTitle: string;
  holderName: string;
  completedOn: string;
}

/**
 * One lookup on the unique index, whatever the input: a malformed code and an unknown one
 * both give null, so an answer never tells which part was wrong. Spaces, hyphens and case
 * are forgiven (codes are read aloud and typed from paper). An erased certificate answers as
 * an unknown code: "revoked at the holder's request" would itself tell that she once held it.
 */
export async function verifyCertificate(db: DataSource, code: string): Promise<CertificateVerificationRow | null> {
  const normalised = code.replace(/[\s-]/g, '').toUpperCase().slice(0, 64);
  // Still one lookup for a malformed code (it matches nothing), so timing tells no more than the answer.
  const lookup = /^[A-Z2-7]{32}$/.test(normalised) ? normalised : '';
  const [row]: { course_title: string; holder_name: string; completed_on: string }[] = await db.query(
    `SELECT k.title AS course_title, c.holder_name, c.completed_on::text AS completed_on
       FROM certificate c JOIN training_course k ON k.id = c.course_id
      WHERE c.verification_code = $1 AND c.erased_at IS NULL`,
    [lookup],
  );
  return row ? { courseTitle: row.course_title, holderName: row.holder_name, completedOn: row.completed_on } : null;
}

/** Certificates of any number of accounts, most recent first, one statement (certificate_account_idx). */
export async function certificatesByAccounts(db: DataSource, accountIds: readonly string[]): Promise<CertificateEntity[][]> {
  const rows = await db
    .getRepository(CertificateEntity)
    .createQueryBuilder('c')
    .where('c.account_id = ANY(:ids)', { ids: [...accountIds] })
    .orderBy('c.completed_on', 'DESC')
    .addOrderBy('c.id', 'ASC')
    .getMany();
  return groupByKeys(accountIds, rows, (row) => row.accountId);
}

export async function certificatesByEnrolments(db: DataSource, enrolmentIds: readonly string[]): Promise<(CertificateEntity | null)[]> {
  const rows = await db
    .getRepository(CertificateEntity)
    .createQueryBuilder('c')
    .where('c.enrolment_id = ANY(:ids)', { ids: [...enrolmentIds] })
    .getMany();
  return byKeys(enrolmentIds, rows, (row) => row.enrolmentId);
}

/** Which of these accounts hold a certificate of a mentors' awareness course; one statement. */
export async function awarenessTrainedAccounts(db: DataSource, accountIds: readonly string[]): Promise<boolean[]> {
  const rows: { account_id: string }[] = await db.query(
    `SELECT DISTINCT c.account_id FROM certificate c JOIN training_course k ON k.id = c.course_id
      WHERE k.mentor_awareness AND c.account_id = ANY($1::text[])`,
    [[...accountIds]],
  );
  const trained = new Set(rows.map((r) => r.account_id));
  return accountIds.map((id) => trained.has(id));
}
