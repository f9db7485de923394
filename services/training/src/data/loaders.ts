import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { recordAudit, type AuditEvent, type SubgraphContextBase } from '@equality-graph/service-kit';
import { trainingStatsByCommune, type CommuneTrainingStats, type CommuneYear } from './commune-stats';
import { coursesByIds } from './courses';
import { bookedCounts, sessionsByIds } from './sessions';
import { enrolmentPageCacheKey, enrolmentPagesByAccount, enrolmentPagesBySession, type EnrolmentPageKey } from './enrolment-pages';
import { awarenessTrainedAccounts, certificatesByAccounts, certificatesByEnrolments } from './certificates';

/** Created per request (context.ts): keys are de-duplicated, N parents cost one statement. */
export function createLoaders(db: DataSource, context: SubgraphContextBase) {
  return {
    communeStats: new DataLoader<CommuneYear, CommuneTrainingStats, string>((keys) => trainingStatsByCommune(db, keys), {
      cacheKeyFn: ({ code, year }) => `${code}|${year ?? ''}`,
    }),
    course: new DataLoader((ids: readonly string[]) => coursesByIds(db, ids)),
    session: new DataLoader((ids: readonly string[]) => sessionsByIds(db, ids)),
    bookedCount: new DataLoader((ids: readonly string[]) => bookedCounts(db, ids)),
    // One statement for the pages of every parent asked in the same tick, whatever their cursors.
    enrolmentPageBySession: new DataLoader((keys: readonly EnrolmentPageKey[]) => enrolmentPagesBySession(db, keys), {
      cacheKeyFn: enrolmentPageCacheKey,
    }),
    enrolmentPageByAccount: new DataLoader((keys: readonly EnrolmentPageKey[]) => enrolmentPagesByAccount(db, keys), {
      cacheKeyFn: enrolmentPageCacheKey,
    }),
    certificatesByAccount: new DataLoader((ids: readonly string[]) => certificatesByAccounts(db, ids)),
    certificateByEnrolment: new DataLoader((ids: readonly string[]) => certificatesByEnrolments(db, ids)),
    awarenessTrained: new DataLoader((ids: readonly string[]) => awarenessTrainedAccounts(db, ids)),
    /** Audit rows of one request tick are written in one statement (50 mentors, one INSERT). */
    audit: new DataLoader<AuditEvent, true>(
      async (events) => {
        await recordAudit(db, context, [...events]);
        return events.map(() => true as const);
      },
      { cache: false },
    ),
  };
}
export type TrainingLoaders = ReturnType<typeof createLoaders>;
