// Resolvers of Query, training's entry points: each checks its arguments (argument-checks.ts)
// and visibility (course-visibility.ts), then asks a data module; no SQL here.
import { currentAccount, listAuditLog, optionalText, pageRequest, requiredText, withoutNul } from '@equality-graph/service-kit';
import { communeOf, checkedDay, checkedInstant, checkedYear, TEXT_LIMITS } from '../data/argument-checks';
import { listAwarenessActions } from '../data/awareness-actions';
import { verifyCertificate } from '../data/certificates';
import { listCourses } from '../data/courses';
import { listSessions } from '../data/sessions';
import { trainingStatsForYear } from '../data/training-stats';
import type { QueryResolvers } from '../generated/graphql';
import { includeUnpublished, visibleCourse, visibleSession } from './course-visibility';
import { fromApi } from './enum-values';

/** A commune filter that is no commune of the department is a mistake, not an empty list. */

export const Query: QueryResolvers = {
  trainingAuditLog: (_parent, { first, after, action }, { db }) =>
    listAuditLog(db, first, after, optionalText(action, 'action', TEXT_LIMITS.auditAction)),
  me: (_parent, _args, context) => currentAccount(context),

  trainingCourses: (_parent, { filter, first, after }, { db, identity }) =>
    listCourses(
      db,
      {
        includeUnpublished: includeUnpublished(identity, filter?.includeUnpublished),
        sector: filter?.sector ? fromApi(filter.sector) : undefined,
        modality: filter?.modality ? fromApi(filter.modality) : undefined,
        topic: filter?.topic ? requiredText(filter.topic, 'topic', TEXT_LIMITS.topic) : undefined,
      },
      pageRequest(first, after),
    ),

  trainingCourse: (_parent, { id }, context) => visibleCourse(context, id),

  trainingSessions: (_parent, { filter, first, after }, { db, identity }) =>
    listSessions(
      db,
      {
        includeUnpublished: includeUnpublished(identity, filter?.includeUnpublished),
        from: filter?.from ? checkedInstant(filter.from, 'from') : undefined,
        to: filter?.to ? checkedInstant(filter.to, 'to') : undefined,
        communeCode: communeOf(filter, 'filter.', false),
        sector: filter?.sector ? fromApi(filter.sector) : undefined,
        courseId: filter?.courseId ?? undefined,
        status: filter?.status ? fromApi(filter.status) : undefined,
      },
      pageRequest(first, after),
    ),

  trainingSession: (_parent, { id }, context) => visibleSession(context, id),

  awarenessActions: (_parent, { filter, first, after }, { db }) =>
    listAwarenessActions(
      db,
      {
        from: filter?.from ? checkedDay(filter.from, 'from') : undefined,
        to: filter?.to ? checkedDay(filter.to, 'to') : undefined,
        communeCode: communeOf(filter, 'filter.', false),
        format: filter?.format ? fromApi(filter.format) : undefined,
      },
      pageRequest(first, after),
    ),

  // Any other malformed code answers null like an unknown one (see verifyCertificate); a NUL is refused like everywhere.
  verifyCertificate: (_parent, { code }, { db }) => verifyCertificate(db, withoutNul(code, 'code')),

  trainingStats: async (_parent, { year }, { db, audit }) => {
    checkedYear(year);
    const [stats] = await Promise.all([
      trainingStatsForYear(db, year),
      audit({ action: 'training.stats.read', subjectType: 'TrainingStats', subjectId: String(year) }),
    ]);
    return stats;
  },
};
