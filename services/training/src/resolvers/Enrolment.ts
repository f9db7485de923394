// Resolvers of Enrolment: its session and certificate through the loaders, its enum values and
// date in GraphQL form.
import type { EnrolmentResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

export const Enrolment: EnrolmentResolvers = {
  session: async (enrolment, _args, { loaders }) => {
    const session = await loaders.session.load(enrolment.sessionId);
    if (!session) throw new Error(`enrolment ${enrolment.id} has no session`); // impossible: foreign key
    return session;
  },
  sector: (enrolment) => toApi(enrolment.sector),
  status: (enrolment) => toApi(enrolment.status),
  attendance: (enrolment) => toApi(enrolment.attendance),
  enrolledAt: (enrolment) => enrolment.enrolledAt.toISOString(),
  certificate: (enrolment, _args, { loaders }) => loaders.certificateByEnrolment.load(enrolment.id),
};
