import { forbidden, unauthenticated } from '@equality-graph/service-kit';
import { SCOPES, type Identity } from '@equality-graph/auth';
import type { MentoringContext } from '../context';
import type { MenteeEntity, MentorEntity, MentorshipEntity } from '../data/entities';
import type { Actor, Participants } from '../data/mentorships';

/**
 * Row-level rules (DESIGN.md section 4), in one place so every resolver applies the same ones:
 * - a mentee's record: herself, her ACTIVE mentor, coordinators; any read by someone other than
 *   herself is audited;
 * - a mentor's contact: herself and coordinators; her profile is public once approved and published;
 * - a mentorship: its two participants and coordinators; session notes: the two participants only.
 */
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

export function canSeeMentor(identity: Identity, mentor: MentorEntity): boolean {
  const isPublic = mentor.status === 'approved' && mentor.published && !mentor.erasedAt;
  return isPublic || (identity.sub !== null && mentor.accountId === identity.sub) || isCoordinator(identity);
}

/** Her contact: herself, or a coordinator (an audited read). */
export async function readMentorContact(context: MentoringContext, mentor: MentorEntity): Promise<void> {
  const { identity } = context;
  if (identity.sub !== null && mentor.accountId === identity.sub) return;
  if (!isCoordinator(identity)) refuse(identity, "A mentor's contact is for herself and coordinators");
  await context.audit({ action: 'mentor.contact.read', subjectType: 'Mentor', subjectId: mentor.id });
}

/** Returns the mentee when the reader may see her record (auditing reads by others), else throws. */
export async function readMentee(context: MentoringContext, mentee: MenteeEntity): Promise<MenteeEntity> {
  const { identity } = context;
  if (identity.sub !== null && mentee.accountId === identity.sub) return mentee;
  let allowed = isCoordinator(identity);
  let as = 'coordinator';
  if (!allowed && identity.sub) {
    allowed = (await context.loaders.activeMentorAccount.load(mentee.id)) === identity.sub;
    as = 'active mentor';
  }
  if (!allowed) refuse(identity, "A mentee's record is for herself, her active mentor and coordinators");
  await context.audit({ action: 'mentee.read', subjectType: 'Mentee', subjectId: mentee.id, details: { as } });
  return mentee;
}

export async function participantsOf(context: MentoringContext, mentorship: MentorshipEntity): Promise<Participants> {
  const participants = await context.loaders.participants.load(mentorship.id);
  return participants ?? { mentorAccount: null, menteeAccount: null };
}

export async function assertCanSeeMentorship(context: MentoringContext, mentorship: MentorshipEntity): Promise<void> {
  const { identity } = context;
  if (isCoordinator(identity)) return;
  const { mentorAccount, menteeAccount } = await participantsOf(context, mentorship);
  if (identity.sub && (identity.sub === mentorAccount || identity.sub === menteeAccount)) return;
  refuse(identity, 'A mentorship is for its participants and coordinators');
}

/** The caller's side in the mentorship; throws unless she is one of the two participants. */
export async function participantSide(context: MentoringContext, mentorship: MentorshipEntity): Promise<'MENTOR' | 'MENTEE'> {
  const { identity } = context;
  const { mentorAccount, menteeAccount } = await participantsOf(context, mentorship);
  if (identity.sub && identity.sub === mentorAccount) return 'MENTOR';
  if (identity.sub && identity.sub === menteeAccount) return 'MENTEE';
  refuse(identity, 'Only the two participants can do this');
}
