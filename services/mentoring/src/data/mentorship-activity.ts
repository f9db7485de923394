// What happens inside a mentorship: sessions, goals and surveys, written and read in batches.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badArgument, conflict, notFound } from '@equality-graph/service-kit';
import { notify } from '@equality-graph/notifications';
import { GoalEntity, MentorshipEntity, SessionEntity, SurveyEntity, type GoalStatus, type Respondent } from './entities';
import { BY_MENTORSHIP, rowsPerKey } from './rows-by-keys';

/** Sessions, goals and surveys of mentorships; the caller has checked she is a participant. */

async function mentorshipIn(db: DataSource, id: string, statuses: string[], action: string): Promise<MentorshipEntity> {
  const mentorship = await db.getRepository(MentorshipEntity).findOne({ where: { id } });
  if (!mentorship) throw notFound('No such mentorship');
  if (!statuses.includes(mentorship.status)) throw conflict(`Cannot ${action} on a ${mentorship.status} mentorship`);
  return mentorship;
}

/** The session and the email to the other participant (`otherSub`) commit together. */
export async function logSession(
  db: DataSource,
  mentorshipId: string,
  session: Pick<SessionEntity, 'heldOn' | 'durationMinutes' | 'format' | 'topics' | 'notes'>,
  other: { sub: string | null; path: string },
): Promise<SessionEntity> {
  await mentorshipIn(db, mentorshipId, ['active'], 'log a session');
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(SessionEntity);
    const saved = await repository.save(repository.create({ id: randomUUID(), mentorshipId, fictitious: false, ...session }));
    // The email says a session was logged and when, never its topics or notes.
    if (other.sub) {
      await notify(tx, {
        key: `session:${saved.id}:session.logged:${other.sub}`,
        kind: 'session.logged',
        recipientSub: other.sub,
        data: { path: other.path, date: saved.heldOn },
      });
    }
    return saved;
  });
}

export async function addGoal(db: DataSource, mentorshipId: string, title: string, milestones: string[]): Promise<GoalEntity> {
  await mentorshipIn(db, mentorshipId, ['active'], 'add a goal');
  const repository = db.getRepository(GoalEntity);
  const goal = repository.create({
    id: randomUUID(),
    mentorshipId,
    title,
    status: 'OPEN',
    milestones: milestones.map((m) => ({ title: m, done: false })),
    fictitious: false,
  });
  return repository.save(goal);
}

export async function goalById(db: DataSource, id: string): Promise<GoalEntity | null> {
  return db.getRepository(GoalEntity).findOne({ where: { id } });
}

export async function updateGoal(
  db: DataSource,
  goal: GoalEntity,
  status: GoalStatus | null,
  milestonesDone: number[] | null,
): Promise<GoalEntity> {
  if (milestonesDone) {
    if (milestonesDone.some((i) => !Number.isInteger(i) || i < 0 || i >= goal.milestones.length)) {
      throw badArgument('milestonesDone', 'holds an index that is not a milestone of this goal');
    }
    const done = new Set(milestonesDone);
    goal.milestones = goal.milestones.map((m, i) => ({ ...m, done: done.has(i) }));
  }
  if (status) goal.status = status;
  return db.getRepository(GoalEntity).save(goal);
}

export async function submitSurvey(
  db: DataSource,
  mentorshipId: string,
  respondent: Respondent,
  answer: Pick<SurveyEntity, 'rating' | 'wouldRecommend' | 'comment'>,
): Promise<SurveyEntity> {
  const mentorship = await mentorshipIn(db, mentorshipId, ['completed', 'ended'], 'answer the survey');
  const repository = db.getRepository(SurveyEntity);
  const existing = await repository.exists({ where: { mentorshipId, respondent } });
  if (existing) throw conflict('You have already answered the survey of this mentorship');
  // Once the other person erased her data, a comment would be new text about her: only the
  // rating (an aggregate) is kept.
  const [{ erased }]: { erased: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM mentor WHERE id = $1 AND erased_at IS NOT NULL)
         OR EXISTS (SELECT 1 FROM mentee WHERE id = $2 AND erased_at IS NOT NULL) AS erased`,
    [mentorship.mentorId, mentorship.menteeId],
  );
  const kept = erased ? { ...answer, comment: null } : answer;
  return repository.save(repository.create({ id: randomUUID(), mentorshipId, respondent, fictitious: false, ...kept }));
}

// All rows of any number of mentorships, one statement each (a mentorship holds a few dozen at most).
export const sessionsOf = (db: DataSource, ids: readonly string[]) =>
  rowsPerKey(db, SessionEntity, BY_MENTORSHIP, ids, { 'r.held_on': 'DESC', 'r.id': 'ASC' });
export const goalsOf = (db: DataSource, ids: readonly string[]) =>
  rowsPerKey(db, GoalEntity, BY_MENTORSHIP, ids, { 'r.created_at': 'ASC' });
export const surveysOf = (db: DataSource, ids: readonly string[]) => rowsPerKey(db, SurveyEntity, BY_MENTORSHIP, ids);
