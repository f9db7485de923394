// Contacts shared inside one mentorship: each side's, given with consent when she accepts,
// shown to the other side while the mentorship is active, deleted when it stops being active.
import type { DataSource, EntityManager } from 'typeorm';
import { recordConsent } from './consents';

export type Side = 'MENTOR' | 'MENTEE';

export interface SharedContact {
  email: string | null;
  phone: string | null;
}

export async function shareContact(
  tx: EntityManager,
  mentorshipId: string,
  side: Side,
  sub: string,
  contact: SharedContact,
): Promise<void> {
  const consent = await recordConsent(tx, { accountId: sub, mentorshipId, kind: 'CONTACT_SHARING', recordedBy: sub });
  await tx.query(
    `INSERT INTO mentorship_contact (mentorship_id, side, email, phone, consent_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (mentorship_id, side) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone, consent_id = EXCLUDED.consent_id`,
    [mentorshipId, side, contact.email, contact.phone, consent.id],
  );
}

/** When a mentorship stops being active: the contacts go, the consents are marked withdrawn. */
export async function withdrawSharedContacts(tx: EntityManager, mentorshipId: string): Promise<void> {
  await tx.query('DELETE FROM mentorship_contact WHERE mentorship_id = $1', [mentorshipId]);
  await tx.query(`UPDATE consent SET withdrawn_at = now() WHERE mentorship_id = $1 AND kind = 'CONTACT_SHARING' AND withdrawn_at IS NULL`, [
    mentorshipId,
  ]);
}

/** What `side` shared in an active mentorship (null when nothing, or when it is not active). */
export async function sharedContactOf(db: DataSource, mentorshipId: string, side: Side): Promise<SharedContact | null> {
  const [row]: SharedContact[] = await db.query(
    `SELECT c.email, c.phone FROM mentorship_contact c JOIN mentorship s ON s.id = c.mentorship_id
      WHERE c.mentorship_id = $1 AND c.side = $2 AND s.status = 'active'`,
    [mentorshipId, side],
  );
  return row ?? null;
}
