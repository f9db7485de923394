// Resolvers of Mutation: each checks its arguments (input-checks) and the caller's rights
// (access-rules) before handing the change to a data module.
import { notFound } from '@equality-graph/service-kit';
import type { MutationResolvers } from '../generated/graphql';
import { eraseAccount } from '../data/erasure';
import { applyAsMentee, setMenteeStatus } from '../data/mentees';
import { registerMentor, setMentorStatus, updateMentor } from '../data/mentors';
import { acceptMatch, completeMatch, declineMatch, endMatch, proposeMatch } from '../data/mentorships';
import { addGoal, goalById, logSession, submitSurvey, updateGoal } from '../data/mentorship-activity';
import { createEvent } from '../data/inspiration-events';
import { communeCode, intBetween, isoDate, labels, optionalText, text, uuid } from '../data/input-checks';
import { NOT_FOUND_MESSAGES, actorOf, isCoordinator, participantSide, signedIn } from '../access-rules';
import { mentorProfile, mentorProfilePatch, menteeApplication, sessionInput } from './mutation-inputs';

export const Mutation: MutationResolvers = {
  registerAsMentor: (_parent, { input }, { db, identity }) => registerMentor(db, signedIn(identity), mentorProfile(input)),
  updateMyMentorProfile: (_parent, { input }, { db, identity }) => updateMentor(db, signedIn(identity), mentorProfilePatch(input)),
  approveMentor: (_parent, { id }, { db }) => setMentorStatus(db, uuid(id), 'approved'),
  suspendMentor: (_parent, { id }, { db }) => setMentorStatus(db, uuid(id), 'suspended'),

  applyAsMentee: (_parent, { input }, { db, identity, settings }) =>
    applyAsMentee(db, signedIn(identity), menteeApplication(input, settings, new Date().getUTCFullYear())),
  acceptMentee: (_parent, { id }, { db }) => setMenteeStatus(db, uuid(id), 'accepted'),
  withdrawMentee: async (_parent, { id }, { db, loaders, identity }) => {
    const mentee = await loaders.mentee.load(uuid(id));
    // Someone else's application is answered like an unknown id.
    if (!mentee || (mentee.accountId !== identity.sub && !isCoordinator(identity))) throw notFound(NOT_FOUND_MESSAGES.mentee);
    return setMenteeStatus(db, mentee.id, 'withdrawn');
  },

  proposeMatch: (_parent, { menteeId, mentorId }, { db }) => proposeMatch(db, uuid(menteeId, 'menteeId'), uuid(mentorId, 'mentorId')),
  acceptMatch: (_parent, { id }, { db, identity }) => acceptMatch(db, uuid(id), actorOf(identity)),
  declineMatch: (_parent, { id }, { db, identity }) => declineMatch(db, uuid(id), actorOf(identity)),
  endMatch: (_parent, { id, reason }, { db, identity }) => endMatch(db, uuid(id), text(reason, 'reason', 500), actorOf(identity)),
  completeMatch: (_parent, { id }, { db, identity }) => completeMatch(db, uuid(id), actorOf(identity)),

  logSession: async (_parent, { mentorshipId, input }, context) => {
    const mentorship = await context.loaders.mentorship.load(uuid(mentorshipId, 'mentorshipId'));
    if (!mentorship) throw notFound(NOT_FOUND_MESSAGES.mentorship);
    await participantSide(context, mentorship);
    return logSession(context.db, mentorship.id, sessionInput(input));
  },
  addGoal: async (_parent, { mentorshipId, input }, context) => {
    const mentorship = await context.loaders.mentorship.load(uuid(mentorshipId, 'mentorshipId'));
    if (!mentorship) throw notFound(NOT_FOUND_MESSAGES.mentorship);
    await participantSide(context, mentorship);
    return addGoal(
      context.db,
      mentorship.id,
      text(input.title, 'input.title', 200),
      labels(input.milestones, 'input.milestones', { max: 12 }),
    );
  },
  updateGoal: async (_parent, { id, status, milestonesDone }, context) => {
    const goal = await goalById(context.db, uuid(id));
    const mentorship = goal && (await context.loaders.mentorship.load(goal.mentorshipId));
    if (!goal || !mentorship) throw notFound(NOT_FOUND_MESSAGES.goal);
    await participantSide(context, mentorship, NOT_FOUND_MESSAGES.goal);
    return updateGoal(context.db, goal, status ?? null, milestonesDone ?? null);
  },
  submitSatisfactionSurvey: async (_parent, { mentorshipId, input }, context) => {
    const mentorship = await context.loaders.mentorship.load(uuid(mentorshipId, 'mentorshipId'));
    if (!mentorship) throw notFound(NOT_FOUND_MESSAGES.mentorship);
    const respondent = await participantSide(context, mentorship);
    return submitSurvey(context.db, mentorship.id, respondent, {
      rating: intBetween(input.rating, 1, 5, 'input.rating'),
      wouldRecommend: input.wouldRecommend,
      comment: optionalText(input.comment, 'input.comment'),
    });
  },

  createInspirationEvent: (_parent, { input }, { db }) =>
    createEvent(
      db,
      {
        title: text(input.title, 'input.title', 200),
        heldOn: isoDate(input.date, 'input.date'),
        communeCode: communeCode(input.commune, 'input.commune'),
        audienceCount: intBetween(input.audienceCount, 0, 100_000, 'input.audienceCount'),
      },
      [...new Set(input.speakerIds.map((s) => uuid(s, 'input.speakerIds')))],
    ),

  deleteMyData: (_parent, _args, { db, identity }) => eraseAccount(db, signedIn(identity)),
};
