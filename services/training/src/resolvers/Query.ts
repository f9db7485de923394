import { currentAccount, pageRequest } from '@equality-graph/service-kit';
import { listPublishedCourses } from '../data/courses';
import { listSessions } from '../data/sessions';
import { listAwarenessActions } from '../data/awareness-actions';
import { verifyCertificate } from '../data/certificates';
import { trainingStatsForYear } from '../data/training-stats';
import type { QueryResolvers } from '../generated/graphql';
import { figuresYear, fromApi, instant } from './enum-values';

export const Query: QueryResolvers = {
  me: (_parent, _args, context) => currentAccount(context),

  trainingCourses: (_parent, { filter, first, after }, { db }) =>
    listPublishedCourses(
      db,
      {
        sector: filter?.sector ? fromApi(filter.sector) : undefined,
        modality: filter?.modality ? fromApi(filter.modality) : undefined,
        topic: filter?.topic ?? undefined,
      },
      pageRequest(first, after),
    ),

  trainingCourse: async (_parent, { id }, { loaders }) => {
    const course = await loaders.course.load(id);
    return course?.published ? course : null;
  },

  trainingSessions: (_parent, { filter, first, after }, { db }) =>
    listSessions(
      db,
      {
        from: filter?.from ? instant(filter.from, 'from') : undefined,
        to: filter?.to ? instant(filter.to, 'to') : undefined,
        communeCode: filter?.communeCode ?? undefined,
        sector: filter?.sector ? fromApi(filter.sector) : undefined,
        courseId: filter?.courseId ?? undefined,
        status: filter?.status ? fromApi(filter.status) : undefined,
      },
      pageRequest(first, after),
    ),

  trainingSession: async (_parent, { id }, { loaders }) => {
    const session = await loaders.session.load(id);
    const course = session && (await loaders.course.load(session.courseId));
    return course?.published ? session : null;
  },

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

  trainingStats: async (_parent, { year }, { db, loaders }) => {
    figuresYear(year);
    const [stats] = await Promise.all([
      trainingStatsForYear(db, year),
      loaders.audit.load({ action: 'training.stats.read', subjectType: 'TrainingStats', subjectId: String(year) }),
    ]);
    return stats;
  },
};
