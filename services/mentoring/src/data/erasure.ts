// The right to erasure of one account: what is anonymised, what is kept for the figures.
import type { DataSource, EntityManager } from 'typeorm';
import { eraseNotifications } from '@equality-graph/notifications';
import { writeErasureReceipt, type ErasureReceiptRecord } from '@equality-graph/service-kit';

/**
 * Right to erasure (DESIGN.md section 4): every free text she wrote or that was written about
 * her goes; what the figures count stays (rows, dates, durations, ratings, statuses, communes).
 * Her mentor and mentee records are anonymised in place, and every mentorship she was in, in
 * any state, loses all its free text whoever wrote it: the other person's notes, goals and
 * comments are about her too. Open mentorships end with the fixed reason "erasure". The README's
 * erasure table lists each text column and what happens to it.
 */
export interface ErasureResult {
  mentorErased: boolean;
  menteeErased: boolean;
  receipt: ErasureReceiptRecord;
}

export const SERVICE = 'mentoring';

/** Where a required text cannot be null; also what a milestone's title becomes. */
export const ERASED = '(erased)';
/** The end reason of a mentorship closed by an erasure: a fixed word, nobody's text. */
export const ERASURE_REASON = 'erasure';

async function eraseMentorshipTexts(tx: EntityManager, column: 'mentor_id' | 'mentee_id', personId: string): Promise<void> {
  const ofPerson = `mentorship_id IN (SELECT id FROM mentorship WHERE ${column} = $1)`;
  // Contacts shared in her mentorships, hers and the other person's: none is active any more.
  await tx.query(`DELETE FROM mentorship_contact WHERE ${ofPerson}`, [personId]);
  await tx.query(`UPDATE mentoring_session SET notes = NULL, topics = '{}' WHERE ${ofPerson}`, [personId]);
  // Milestones keep their number and done flags (progress figures), not their titles.
  await tx.query(
    `UPDATE goal SET title = '${ERASED}',
            milestones = (SELECT coalesce(jsonb_agg(jsonb_build_object('title', '${ERASED}', 'done', m.value->'done') ORDER BY m.ordinality), '[]'::jsonb)
                            FROM jsonb_array_elements(milestones) WITH ORDINALITY AS m)
      WHERE ${ofPerson}`,
    [personId],
  );
  await tx.query(`UPDATE satisfaction_survey SET comment = NULL WHERE ${ofPerson}`, [personId]);
  // Every SET expression reads the row as it was: open ones close, every reason goes.
  await tx.query(
    `UPDATE mentorship
        SET end_reason = CASE WHEN status IN ('proposed', 'active') OR end_reason = '${ERASURE_REASON}' THEN '${ERASURE_REASON}' END,
            ended_at = CASE WHEN status IN ('proposed', 'active') THEN now() ELSE ended_at END,
            status = CASE status WHEN 'proposed' THEN 'declined' WHEN 'active' THEN 'ended' ELSE status END
      WHERE ${column} = $1`,
    [personId],
  );
}

export async function eraseAccount(db: DataSource, sub: string): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const [mentor] = await tx.query('SELECT id FROM mentor WHERE account_id = $1 FOR UPDATE', [sub]);
    const [mentee] = await tx.query('SELECT id FROM mentee WHERE account_id = $1 FOR UPDATE', [sub]);
    if (mentor) {
      // Her active mentees lose their mentor, not their place: back among the accepted, as
      // when a mentorship ends (they may be matched again).
      await tx.query(
        `UPDATE mentee SET status = 'accepted'
          WHERE status = 'matched' AND id IN (SELECT mentee_id FROM mentorship WHERE mentor_id = $1 AND status = 'active')`,
        [mentor.id],
      );
      await eraseMentorshipTexts(tx, 'mentor_id', mentor.id);
      await tx.query(
        `UPDATE mentor SET account_id = NULL, display_name = '${ERASED}', headline = NULL, bio = NULL, email = NULL, phone = NULL,
                expertise = '{}', languages = '{}', published = false, status = 'suspended', erased_at = now() WHERE id = $1`,
        [mentor.id],
      );
    }
    if (mentee) {
      // Her mentors lose the mentorship too (ended with reason "erasure"), before her status changes.
      await eraseMentorshipTexts(tx, 'mentee_id', mentee.id);
      await tx.query(
        `UPDATE mentee SET account_id = NULL, first_name = '${ERASED}', birth_year = NULL, situation = '', project_summary = '',
                availability = '', interests = '{}', languages = '{}',
                status = CASE WHEN status IN ('applied', 'accepted', 'matched') THEN 'withdrawn' ELSE status END,
                erased_at = now() WHERE id = $1`,
        [mentee.id],
      );
    }
    // Her consents (a parent's name among them) are about her; the receipt keeps only counts.
    // The other person's contact-sharing consents in her mentorships lapse with those mentorships.
    await tx.query(
      `UPDATE consent SET withdrawn_at = coalesce(withdrawn_at, now())
        WHERE kind = 'CONTACT_SHARING' AND mentorship_id IN (SELECT id FROM mentorship WHERE mentor_id = $1::uuid OR mentee_id = $2::uuid)`,
      [mentor?.id ?? null, mentee?.id ?? null],
    );
    const [, consents]: [unknown[], number] = await tx.query('DELETE FROM consent WHERE account_id = $1 OR mentee_id = $2::uuid', [
      sub,
      mentee?.id ?? null,
    ]);
    const notifications = await eraseNotifications(tx, sub);
    const receipt = await writeErasureReceipt(tx, SERVICE, sub, {
      mentorProfile: mentor ? 1 : 0,
      menteeRecord: mentee ? 1 : 0,
      consents,
      notifications,
    });
    return { mentorErased: Boolean(mentor), menteeErased: Boolean(mentee), receipt };
  });
}
