// The per-request DataLoaders of the subgraph: every batched read, created only in the context.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { mentoringStatsByCommune, type CommuneMentoringStats } from './commune-stats';
import { speakerIdsOf } from './inspiration-events';
import { activeMentorAccounts, menteesByAccounts, menteesByIds } from './mentees';
import { activeCounts, mentorsByAccounts, mentorsByIds } from './mentors';
import { goalsOf, sessionsOf, surveysOf } from './mentorship-activity';
import { mentorshipsByIds, participantsOf } from './mentorships';

/** Created per request (context.ts): each batches its keys into one SQL statement. */
export function createLoaders(db: DataSource) {
  return {
    communeStats: new DataLoader<string, CommuneMentoringStats>((codes) => mentoringStatsByCommune(db, codes)),
    mentor: new DataLoader((ids: readonly string[]) => mentorsByIds(db, ids)),
    mentorByAccount: new DataLoader((subs: readonly string[]) => mentorsByAccounts(db, subs)),
    activeCount: new DataLoader((ids: readonly string[]) => activeCounts(db, ids)),
    mentee: new DataLoader((ids: readonly string[]) => menteesByIds(db, ids)),
    menteeByAccount: new DataLoader((subs: readonly string[]) => menteesByAccounts(db, subs)),
    activeMentorAccount: new DataLoader((ids: readonly string[]) => activeMentorAccounts(db, ids)),
    mentorship: new DataLoader((ids: readonly string[]) => mentorshipsByIds(db, ids)),
    participants: new DataLoader((ids: readonly string[]) => participantsOf(db, ids)),
    sessions: new DataLoader((ids: readonly string[]) => sessionsOf(db, ids)),
    goals: new DataLoader((ids: readonly string[]) => goalsOf(db, ids)),
    surveys: new DataLoader((ids: readonly string[]) => surveysOf(db, ids)),
    speakerIds: new DataLoader((ids: readonly string[]) => speakerIdsOf(db, ids)),
  };
}
export type MentoringLoaders = ReturnType<typeof createLoaders>;
