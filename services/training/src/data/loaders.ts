// Training's DataLoaders, created per request by context.ts: every batch read of the data
// modules behind one loader, so N parents cost one statement and keys are de-duplicated.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communeFiguresByYear } from './commune-stats';
import { coursesByIds } from './courses';
import { departmentTotalsByYears } from './department-training';
import { bookedCounts, sessionsByIds } from './sessions';
import { enrolmentPageCacheKey, enrolmentPagesByAccount, enrolmentPagesBySession, type EnrolmentPageKey } from './enrolment-pages';
import { awarenessTrainedAccounts, certificatesByAccounts, certificatesByEnrolments } from './certificates';

/** Created per request (context.ts): keys are de-duplicated, N parents cost one statement. */
export function createLoaders(db: DataSource) {
  return {
    // Every year of each commune at once: disclosure control compares a year with the others.
    communeFigures: new DataLoader((codes: readonly string[]) => communeFiguresByYear(db, codes)),
    departmentTotals: new DataLoader((years: readonly number[]) => departmentTotalsByYears(db, years)),
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
  };
}
export type TrainingLoaders = ReturnType<typeof createLoaders>;
