// Who may read or change what in the programme, beyond the SDL's scopes: every resolver asks
// here, so the rules (and their audit rows) are written once.
import { forbidden, notFound, unauthenticated } from '@equality-graph/service-kit';
import { SCOPES, type Identity } from '@equality-graph/auth';
import type { MentoringContext } from './context';
import type { MenteeEntity, MentorEntity, MentorshipEntity } from './data/entities';
import type { Actor, Participants } from './data/mentorships';

/**
 * Row-level rules (DESIGN.md section 4), in one place so every resolver applies the same ones:
 * - a mentee's record: herself, her ACTIVE mentor, coordinators; any read by someone other than
 *   herself is audited;
 * - a mentor's contact: herself and coordinators; her profile is public once approved and published;
 * - a mentorship: its two participants and coordinators; session notes: the two participants only.
 * A record the caller may not see is answered exactly like one that does not exist (null, or
 * NOT_FOUND with the same message), so ids cannot be probed; FORBIDDEN is kept for a caller who
 * lacks a role altogether, or may see the record but not do this to it.
 */
export const NOT_FOUND_MESSAGES = { mentee: 'No such mentee', mentorship: 'No such mentorship', goal: 'No such goal' } as const;
export const isCoordinator = (identity: Identity) => identity.scopes.includes(SCOPES.coordinate);

export function refuse(identity: Identity, message = 'Not allowed'): never {
  throw identity.sub ? forbidden(message) : unauthenticated();
}

export function signedIn(identity: Identity): string {
  if (!identity.sub) throw unauthenticated();
  return identity.sub;
}

export function actorOf(identity: Identity): Actor {
  return { sub: signedIn(identity), coordinator: isCoordinator(identity) };
}

const isPublicMentor = (mentor: MentorEntity) => mentor.status === 'approved' && mentor.published && !mentor.erasedAt;
const isHerself = (identity: Identity, mentor: MentorEntity) => identity.sub !== null && mentor.accountId === identity.sub;

export function canSeeMentor(identity: Identity, mentor: MentorEntity): boolean {
  return isPublicMentor(mentor) || isHerself(identity, mentor) || isCoordinator(identity);
}

/** A profile she did not publish (or not yet approved) is personal data: read by anyone else, audited. */
export async function auditMentorRead(context: MentoringContext, mentor: MentorEntity): Promise<void> {
  if (isPublicMentor(mentor) || isHerself(context.identity, mentor)) return;
  await context.audit({ action: 'mentor.read', subjectType: 'Mentor', subjectId: mentor.id });
}

/** The profile if the reader may see it (auditing as above), else null. */
export async function readMentorProfile<T extends MentorEntity>(context: MentoringContext, mentor: T | null): Promise<T | null> {
  if (!mentor || !canSeeMentor(context.identity, mentor)) return null;
  await auditMentorRead(context, mentor);
  return mentor;
}

/** Her contact: herself, or a coordinator (an audited read). */
export async function readMentorContact(context: MentoringContext, mentor: MentorEntity): Promise<void> {
  const { identity } = context;
  if (identity.sub !== null && mentor.accountId === identity.sub) return;
  if (!isCoordinator(identity)) refuse(identity, "A mentor's contact is for herself and coordinators");
  await context.audit({ action: 'mentor.contact.read', subjectType: 'Mentor', subjectId: mentor.id });
}

/** The mentee when the reader may see her record (auditing reads by others), else null. */
export async function visibleMentee(context: MentoringContext, mentee: MenteeEntity | null): Promise<MenteeEntity | null> {
  const { identity } = context;
  if (!mentee) return null;
  if (identity.sub !== null && mentee.accountId === identity.sub) return mentee;
  let allowed = isCoordinator(identity);
  let as = 'coordinator';
  if (!allowed && identity.sub) {
    allowed = (await context.loaders.activeMentorAccount.load(mentee.id)) === identity.sub;
    as = 'active mentor';
  }
  if (!allowed) return null;
  await context.audit({ action: 'mentee.read', subjectType: 'Mentee', subjectId: mentee.id, details: { as } });
  return mentee;
}

/**
 * The same rule where the mentee's existence is already known to the reader (a mentorship she
 * can see, a coordinators' list): a refusal there tells nothing, so it stays FORBIDDEN.
 */
export async function readMentee(context: MentoringContext, mentee: MenteeEntity): Promise<MenteeEntity> {
  const visible = await visibleMentee(context, mentee);
  if (!visible) refuse(context.identity, "A mentee's record is for herself, her active mentor and coordinators");
  return visible;
}

export async function participantsOf(context: MentoringContext, mentorship: MentorshipEntity): Promise<Participants> {
  const participants = await context.loaders.participants.load(mentorship.id);
  return participants ?? { mentorAccount: null, menteeAccount: null };
}

async function isParticipant(context: MentoringContext, mentorshipId: string): Promise<boolean> {
  const sub = context.identity.sub;
  const participants = await context.loaders.participants.load(mentorshipId);
  return sub !== null && participants !== null && (sub === participants.mentorAccount || sub === participants.menteeAccount);
}

/** What of a mentorship was read: the row itself, or one of the lists it holds. */
export type MentorshipPart = 'mentorship.read' | 'mentorship.sessions.read' | 'mentorship.goals.read' | 'mentorship.surveys.read';

/** Its two people read their own; anyone else (a coordinator) leaves an audit row per part. */
export async function auditMentorshipRead(context: MentoringContext, mentorshipId: string, action: MentorshipPart): Promise<void> {
  if (await isParticipant(context, mentorshipId)) return;
  await context.audit({ action, subjectType: 'Mentorship', subjectId: mentorshipId });
}

/** The mentorship if the reader is one of its two people or a coordinator (audited), else null. */
export async function visibleMentorship(context: MentoringContext, mentorship: MentorshipEntity | null): Promise<MentorshipEntity | null> {
  if (!mentorship) return null;
  if (await isParticipant(context, mentorship.id)) return mentorship;
  if (!isCoordinator(context.identity)) return null;
  await context.audit({ action: 'mentorship.read', subjectType: 'Mentorship', subjectId: mentorship.id });
  return mentorship;
}

/** The mentorship named by a mutation and the caller's side in it (an unknown id: NOT_FOUND, as below). */
export async function participantIn(
  context: MentoringContext,
  mentorshipId: string,
): Promise<{ mentorship: MentorshipEntity; side: 'MENTOR' | 'MENTEE' }> {
  const mentorship = await context.loaders.mentorship.load(mentorshipId);
  if (!mentorship) throw notFound(NOT_FOUND_MESSAGES.mentorship);
  return { mentorship, side: await participantSide(context, mentorship) };
}

/**
 * The caller's side in the mentorship. Anyone else gets the answer for an unknown id
 * (`notFoundMessage`); a coordinator, who may see every mentorship, is told she cannot do this.
 */
export async function participantSide(
  context: MentoringContext,
  mentorship: MentorshipEntity,
  notFoundMessage: string = NOT_FOUND_MESSAGES.mentorship,
): Promise<'MENTOR' | 'MENTEE'> {
  const { identity } = context;
  const { mentorAccount, menteeAccount } = await participantsOf(context, mentorship);
  if (identity.sub && identity.sub === mentorAccount) return 'MENTOR';
  if (identity.sub && identity.sub === menteeAccount) return 'MENTEE';
  if (!identity.sub) throw unauthenticated();
  if (isCoordinator(identity)) throw forbidden('Only the two participants can do this');
  throw notFound(notFoundMessage);
}
