import { forbidden, pageRequest } from '@equality-graph/service-kit';
import { mayTeachSession } from '../access-rules';
import { pageOf } from '../data/page';
import type { TrainingSessionResolvers } from '../generated/graphql';
import { fromApi, toApi } from './enum-values';

export const TrainingSession: TrainingSessionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.session.load(id),
  course: async (session, _args, { loaders }) => {
    const course = await loaders.course.load(session.courseId);
    if (!course) throw new Error(`session ${session.id} has no course`); // impossible: foreign key
    return course;
  },
  startsAt: (session) => session.startsAt.toISOString(),
  endsAt: (session) => session.endsAt.toISOString(),
  commune: (session) => ({ code: session.communeCode }),
  status: (session) => toApi(session.status),
  seatsLeft: async (session, _args, { loaders }) => Math.max(0, session.capacity - (await loaders.bookedCount.load(session.id))),
  enrolments: async (session, { status, first, after }, { identity, loaders }) => {
    if (!mayTeachSession(identity, session)) throw forbidden("Only the session's trainer and coordinators may read its participants");
    const page = pageRequest(first, after);
    const [all] = await Promise.all([
      loaders.enrolmentsBySession.load(session.id),
      loaders.audit.load({ action: 'enrolment.list.read', subjectType: 'TrainingSession', subjectId: session.id }),
    ]);
    return pageOf(status ? all.filter((e) => e.status === fromApi(status)) : all, page);
  },
};
