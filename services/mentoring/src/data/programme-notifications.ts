// The emails the programme's changes cause, written to the outbox in the change's own
// transaction (the notifications package delivers them). One key per event and recipient.
import type { EntityManager } from 'typeorm';
import { notify, type NotificationKind } from '@equality-graph/notifications';
import type { Participants } from './mentorships';

/** Where each email links: the person's space in the web client (she signs in to see more). */
export const SPACE_PATHS = { mentee: '/espace/mentoree', mentor: '/espace/marraine' } as const;

/** One email to each participant that has an account (an erased one has none). */
export async function notifyParticipants(
  tx: EntityManager,
  mentorshipId: string,
  participants: Participants,
  kind: NotificationKind,
  only?: 'mentor' | 'mentee',
): Promise<void> {
  const recipients = [
    { sub: participants.mentorAccount, path: SPACE_PATHS.mentor, side: 'mentor' },
    { sub: participants.menteeAccount, path: SPACE_PATHS.mentee, side: 'mentee' },
  ] as const;
  for (const { sub, path, side } of recipients) {
    if (!sub || (only && only !== side)) continue;
    await notify(tx, { key: `mentorship:${mentorshipId}:${kind}:${sub}`, kind, recipientSub: sub, data: { path } });
  }
}

export async function notifyMentee(tx: EntityManager, menteeId: string, sub: string | null, kind: NotificationKind): Promise<void> {
  if (!sub) return;
  await notify(tx, { key: `mentee:${menteeId}:${kind}`, kind, recipientSub: sub, data: { path: SPACE_PATHS.mentee } });
}
