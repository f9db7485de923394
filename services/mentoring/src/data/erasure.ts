import type { DataSource, EntityManager } from 'typeorm';

/**
 * Right to erasure: the person's mentor and mentee records are anonymised in place (names,
 * contact, free text, birth year, account id) so that counts, durations, ratings and commune
 * aggregates stay right. Free text written in her mentorships (session notes, goal titles,
 * survey comments) goes too; open mentorships end with reason "erasure".
 */
export interface ErasureResult {
  mentorErased: boolean;
  menteeErased: boolean;
}

const ERASED = '(erased)';

async function eraseMentorshipText(tx: EntityManager, column: 'mentor_id' | 'mentee_id', personId: string): Promise<void> {
  const ofPerson = `mentorship_id IN (SELECT id FROM mentorship WHERE ${column} = $1)`;
  await tx.query(`UPDATE mentoring_session SET notes = NULL WHERE ${ofPerson}`, [personId]);
  await tx.query(`UPDATE goal SET title = '${ERASED}', milestones = '[]'::jsonb WHERE ${ofPerson}`, [personId]);
  await tx.query(`UPDATE satisfaction_survey SET comment = NULL WHERE ${ofPerson}`, [personId]);
  await tx.query(
    `UPDATE mentorship SET status = CASE status WHEN 'proposed' THEN 'declined' ELSE 'ended' END, ended_at = now(), end_reason = 'erasure'
      WHERE ${column} = $1 AND status IN ('proposed', 'active')`,
    [personId],
  );
}

export async function eraseAccount(db: DataSource, sub: string): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const [mentor] = await tx.query('SELECT id FROM mentor WHERE account_id = $1 FOR UPDATE', [sub]);
    const [mentee] = await tx.query('SELECT id FROM mentee WHERE account_id = $1 FOR UPDATE', [sub]);
    if (mentor) {
      await eraseMentorshipText(tx, 'mentor_id', mentor.id);
      await tx.query(
        `UPDATE mentor SET account_id = NULL, display_name = '${ERASED}', headline = NULL, bio = NULL, email = NULL, phone = NULL,
                published = false, status = 'suspended', erased_at = now() WHERE id = $1`,
        [mentor.id],
      );
    }
    if (mentee) {
      // Her mentors lose the mentorship too (ended with reason "erasure"), before her status changes.
      await eraseMentorshipText(tx, 'mentee_id', mentee.id);
      await tx.query(
        `UPDATE mentee SET account_id = NULL, first_name = '${ERASED}', birth_year = NULL, situation = '', project_summary = '',
                availability = '', status = CASE WHEN status IN ('applied', 'accepted', 'matched') THEN 'withdrawn' ELSE status END,
                erased_at = now() WHERE id = $1`,
        [mentee.id],
      );
    }
    return { mentorErased: Boolean(mentor), menteeErased: Boolean(mentee) };
  });
}
