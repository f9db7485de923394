// Resolvers of TrainingSession: its reference with its course's visibility, seats left, and the
// participant list behind the trainer-or-coordinator rule (an audited read).
import { forbidden, pageRequest } from '@equality-graph/service-kit';
import { mayTeachSession } from '../access-rules';
import type { TrainingSessionResolvers } from '../generated/graphql';
import { visibleSession } from './course-visibility';
import { fromApi, toApi } from './enum-values';

export const TrainingSession: TrainingSessionResolvers = {
  // Same visibility as Query.trainingSession: a session of an unpublished course is for coordinators.
  __resolveReference: ({ id }, context) => visibleSession(context, id),
  course: async (session, _args, { loaders }) => {
    const course = await loaders.course.load(session.courseId);
    if (!course) throw new Error(`session ${session.id} has no course`); // impossible: foreign key
    return course;
  },
  startsAt: (session) => session.startsAt.toISOString(),
  endsAt: (session) => session.endsAt.toISOString(),
  commune: (session) => ({ code: session.communeCode }),
  status: (session) => toApi(session.status),
  cancelledAt: (session) => session.cancelledAt?.toISOString() ?? null,
  cancellationReason: (session) => session.cancellationReason ?? null,
  seatsLeft: async (session, _args, { loaders }) => Math.max(0, session.capacity - (await loaders.bookedCount.load(session.id))),
  enrolments: async (session, { status, first, after }, { identity, loaders, audit }) => {
    if (!mayTeachSession(identity, session)) throw forbidden("Only the session's trainer and coordinators may read its participants");
    const page = pageRequest(first, after);
    const [connection] = await Promise.all([
      loaders.enrolmentPageBySession.load({ parentId: session.id, status: status ? fromApi(status) : null, page }),
      audit({ action: 'enrolment.list.read', subjectType: 'TrainingSession', subjectId: session.id }),
    ]);
    return connection;
  },
};
