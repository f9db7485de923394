// The per-request DataLoaders of the subgraph: every batched read, created only in the context.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { mentoringStatsByCommune, type CommuneMentoringStats } from './commune-stats';
import { consentsOfMentees } from './consents';
import { speakerIdsOf } from './inspiration-events';
import { activeMentorAccounts, menteesByAccounts, menteesByIds } from './mentees';
import { activeCounts, mentorsByAccounts, mentorsByIds } from './mentors';
import { goalsOf, sessionsOf, surveysOf } from './mentorship-activity';
import { mentorshipsByIds, participantsOf } from './mentorships';

/** Created per request (context.ts): each batches its keys into one SQL statement. */
export function createLoaders(db: DataSource) {
  const batch = <V>(load: (db: DataSource, keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>((keys) => load(db, keys));
  return {
    communeStats: batch<CommuneMentoringStats>(mentoringStatsByCommune),
    mentor: batch(mentorsByIds),
    mentorByAccount: batch(mentorsByAccounts),
    activeCount: batch(activeCounts),
    mentee: batch(menteesByIds),
    menteeByAccount: batch(menteesByAccounts),
    menteeConsents: batch(consentsOfMentees),
    activeMentorAccount: batch(activeMentorAccounts),
    mentorship: batch(mentorshipsByIds),
    participants: batch(participantsOf),
    sessions: batch(sessionsOf),
    goals: batch(goalsOf),
    surveys: batch(surveysOf),
    speakerIds: batch(speakerIdsOf),
  };
}
export type MentoringLoaders = ReturnType<typeof createLoaders>;
