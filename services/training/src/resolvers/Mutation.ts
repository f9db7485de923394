// Resolvers of Mutation: each checks its arguments and hands the row-level rule of access-rules.ts
// to the data module, which applies it on the locked row; no SQL here.
import { badArgument, optionalText, unauthenticated } from '@equality-graph/service-kit';
import { emailAddress, preferencesChange, setPreferences, settingsView } from '@equality-graph/notifications';
import { mayCancelEnrolment, mayTeachSession } from '../access-rules';
import { recordAwarenessAction } from '../data/awareness-actions';
import { recordAttendance } from '../data/attendance';
import { cancelEnrolment, enrol } from '../data/enrolments';
import { completeSession, scheduleSession } from '../data/sessions';
import { createCourse, setCoursePublished, updateCourse } from '../data/course-management';
import { cancelSession } from '../data/session-cancellation';
import type { MutationResolvers } from '../generated/graphql';
import { checkedInstant, communeOf, TEXT_LIMITS } from '../data/argument-checks';
import { eraseAccount } from '../data/erasure';
import { fromApi } from './enum-values';

export const Mutation: MutationResolvers = {
  enrol: (_parent, { input }, { db, identity }) => {
    if (!identity.sub) throw unauthenticated();
    const displayName =
      optionalText(input.displayName, 'displayName', TEXT_LIMITS.displayName) ??
      optionalText(identity.name, 'displayName', TEXT_LIMITS.displayName);
    if (!displayName) throw badArgument('displayName', 'is required when the account has no name');
    return enrol(db, {
      sessionId: input.sessionId,
      accountId: identity.sub,
      displayName,
      sector: fromApi(input.sector),
      email: input.email ? emailAddress(input.email, 'input.email') : null,
    });
  },

  cancelEnrolment: (_parent, { id }, context) =>
    cancelEnrolment(context.db, context, id, (enrolment) => mayCancelEnrolment(context.identity, enrolment)),

  scheduleSession: (_parent, { input }, { db }) =>
    scheduleSession(db, {
      courseId: input.courseId,
      startsAt: checkedInstant(input.startsAt, 'startsAt'),
      endsAt: checkedInstant(input.endsAt, 'endsAt'),
      communeCode: communeOf(input, 'input.', true),
      venue: optionalText(input.venue, 'venue', TEXT_LIMITS.venue),
      capacity: input.capacity,
      trainerAccountId: optionalText(input.trainerAccountId, 'trainerAccountId', TEXT_LIMITS.trainerAccountId),
      trainerName: optionalText(input.trainerName, 'trainerName', TEXT_LIMITS.trainerName),
    }),

  completeSession: (_parent, { id }, { db, identity }) => completeSession(db, id, (session) => mayTeachSession(identity, session)),

  recordAttendance: (_parent, { sessionId, attendance }, { db, identity }) =>
    recordAttendance(
      db,
      sessionId,
      attendance.map((mark) => ({ enrolmentId: mark.enrolmentId, attendance: fromApi(mark.attendance) })),
      (session) => mayTeachSession(identity, session),
    ),

  createTrainingCourse: (_parent, { input }, context) =>
    createCourse(context.db, context, {
      ...input,
      objectives: input.objectives ?? [],
      topics: input.topics ?? [],
      targetSectors: input.targetSectors.map(fromApi),
      modality: fromApi(input.modality),
    }),

  updateTrainingCourse: (_parent, { id, input }, context) =>
    updateCourse(context.db, context, id, {
      ...input,
      targetSectors: input.targetSectors ? input.targetSectors.map(fromApi) : input.targetSectors,
      modality: input.modality ? fromApi(input.modality) : input.modality,
    }),

  publishTrainingCourse: (_parent, { id }, context) => setCoursePublished(context.db, context, id, true),

  unpublishTrainingCourse: (_parent, { id }, context) => setCoursePublished(context.db, context, id, false),

  cancelSession: (_parent, { id, reason }, context) =>
    cancelSession(context.db, context, id, reason, (session) => mayTeachSession(context.identity, session)),

  recordAwarenessAction: (_parent, { input }, { db }) =>
    recordAwarenessAction(db, {
      title: input.title,
      heldOn: input.heldOn,
      communeCode: communeOf(input, 'input.', true),
      format: fromApi(input.format),
      participantCount: input.participantCount,
    }),

  deleteMyTrainingData: (_parent, _args, context) => {
    if (!context.identity.sub) throw unauthenticated();
    return eraseAccount(context.db, context, context.identity.sub);
  },
  updateMyTrainingNotifications: async (_parent, { input }, { db, identity }) => {
    if (!identity.sub) throw unauthenticated();
    return settingsView(await setPreferences(db, identity.sub, preferencesChange(input)));
  },
};
