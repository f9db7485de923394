import { currentAccount, pageRequest, listAuditLog } from '@equality-graph/service-kit';
import { listCourses } from '../data/courses';
import { listSessions } from '../data/sessions';
import { listAwarenessActions } from '../data/awareness-actions';
import { verifyCertificate } from '../data/certificates';
import { trainingStatsForYear } from '../data/training-stats';
import type { QueryResolvers } from '../generated/graphql';
import { figuresYear, fromApi, instant } from './enum-values';
import { includeUnpublished, visibleCourse, visibleSession } from './course-visibility';

export const Query: QueryResolvers = {
  trainingAuditLog: (_parent, { first, after, action }, { db }) => listAuditLog(db, first, after, action),
  me: (_parent, _args, context) => currentAccount(context),

  trainingCourses: (_parent, { filter, first, after }, { db, identity }) =>
    listCourses(
      db,
      {
        includeUnpublished: includeUnpublished(identity, filter?.includeUnpublished),
        sector: filter?.sector ? fromApi(filter.sector) : undefined,
        modality: filter?.modality ? fromApi(filter.modality) : undefined,
        topic: filter?.topic ?? undefined,
      },
      pageRequest(first, after),
    ),

  trainingCourse: (_parent, { id }, context) => visibleCourse(context, id),

  trainingSessions: (_parent, { filter, first, after }, { db, identity }) =>
    listSessions(
      db,
      {
        includeUnpublished: includeUnpublished(identity, filter?.includeUnpublished),
        from: filter?.from ? instant(filter.from, 'from') : undefined,
        to: filter?.to ? instant(filter.to, 'to') : undefined,
        communeCode: filter?.communeCode ?? undefined,
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
        from: filter?.from ?? undefined,
        to: filter?.to ?? undefined,
        communeCode: filter?.communeCode ?? undefined,
        format: filter?.format ? fromApi(filter.format) : undefined,
      },
      pageRequest(first, after),
    ),

  verifyCertificate: (_parent, { code }, { db }) => verifyCertificate(db, code),

  trainingStats: async (_parent, { year }, { db, audit }) => {
    figuresYear(year);
    const [stats] = await Promise.all([
      trainingStatsForYear(db, year),
      audit({ action: 'training.stats.read', subjectType: 'TrainingStats', subjectId: String(year) }),
    ]);
    return stats;
  },
};
