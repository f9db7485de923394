// Resolvers of Mutation: each checks its arguments (input-checks) and the caller's rights
// (access-rules) before handing the change to a data module.
import { assertUuid, badArgument, intBetween, notFound, optionalText, requiredText } from '@equality-graph/service-kit';
import { emailAddress, preferencesChange, setPreferences, settingsView } from '@equality-graph/notifications';
import type { MutationResolvers } from '../generated/graphql';
import { eraseAccount } from '../data/erasure';
import { applyAsMentee, setMenteeStatus } from '../data/mentees';
import { registerMentor, setMentorStatus, updateMentor } from '../data/mentors';
import { acceptMatch, completeMatch, declineMatch, endMatch, proposeMatch } from '../data/mentorships';
import { addGoal, goalById, logSession, submitSurvey, updateGoal } from '../data/mentorship-activity';
import { createEvent } from '../data/inspiration-events';
import { recordConsent, withdrawConsent } from '../data/consents';
import { SPACE_PATHS } from '../data/programme-notifications';
import { TEXT_MAX, communeCode, labels, programmeDate } from '../data/input-checks';
import { NOT_FOUND_MESSAGES, actorOf, isCoordinator, participantIn, participantSide, participantsOf, signedIn } from '../access-rules';
import { consentOut } from './consent-values';
import { charterAccepted, contactShare, mentorProfile, mentorProfilePatch, menteeApplication, sessionInput } from './mutation-inputs';

export const Mutation: MutationResolvers = {
  registerAsMentor: (_parent, { input }, { db, identity }) => {
    // Checked before the profile: without the charter nothing else about the offer matters.
    charterAccepted(input.charterVersion);
    return registerMentor(db, signedIn(identity), mentorProfile(input));
  },
  updateMyMentorProfile: (_parent, { input }, { db, identity }) => updateMentor(db, signedIn(identity), mentorProfilePatch(input)),
  approveMentor: (_parent, { id }, { db }) => setMentorStatus(db, assertUuid(id), 'approved'),
  suspendMentor: (_parent, { id }, { db }) => setMentorStatus(db, assertUuid(id), 'suspended'),

  applyAsMentee: (_parent, { input }, { db, identity, settings }) => {
    const currentYear = new Date().getUTCFullYear();
    charterAccepted(input.charterVersion);
    return applyAsMentee(db, signedIn(identity), menteeApplication(input, settings, currentYear), {
      email: input.email ? emailAddress(input.email, 'input.email') : null,
      currentYear,
    });
  },
  recordParentalConsent: async (_parent, { menteeId, input }, { db, loaders, identity }) => {
    const sub = signedIn(identity);
    const mentee = await loaders.mentee.load(assertUuid(menteeId, 'menteeId'));
    // Her own application or a coordinator's file; anyone else's is answered like an unknown id.
    if (!mentee || mentee.erasedAt || (mentee.accountId !== sub && !isCoordinator(identity))) throw notFound(NOT_FOUND_MESSAGES.mentee);
    const date = programmeDate(input.date, 'input.date');
    if (date > new Date().toISOString().slice(0, 10)) throw badArgument('input.date', 'must not be in the future');
    const row = await recordConsent(db, {
      accountId: mentee.accountId,
      menteeId: mentee.id,
      kind: 'PARENTAL',
      parentName: requiredText(input.parentName, 'input.parentName', 120),
      parentConsentDate: date,
      recordedBy: sub,
    });
    return consentOut(row);
  },
  withdrawConsent: async (_parent, { id }, { db, identity }) =>
    consentOut(await withdrawConsent(db, assertUuid(id), signedIn(identity), isCoordinator(identity))),
  updateMyMentoringNotifications: async (_parent, { input }, { db, identity }) =>
    settingsView(await setPreferences(db, signedIn(identity), preferencesChange(input))),
  acceptMentee: (_parent, { id }, { db }) => setMenteeStatus(db, assertUuid(id), 'accepted'),
  withdrawMentee: async (_parent, { id }, { db, loaders, identity }) => {
    const mentee = await loaders.mentee.load(assertUuid(id));
    // Someone else's application is answered like an unknown id.
    if (!mentee || (mentee.accountId !== identity.sub && !isCoordinator(identity))) throw notFound(NOT_FOUND_MESSAGES.mentee);
    return setMenteeStatus(db, mentee.id, 'withdrawn');
  },

  proposeMatch: (_parent, { menteeId, mentorId }, { db }) =>
    proposeMatch(db, assertUuid(menteeId, 'menteeId'), assertUuid(mentorId, 'mentorId')),
  acceptMatch: (_parent, { id, share }, { db, identity }) => acceptMatch(db, assertUuid(id), actorOf(identity), contactShare(share)),
  declineMatch: (_parent, { id }, { db, identity }) => declineMatch(db, assertUuid(id), actorOf(identity)),
  endMatch: (_parent, { id, reason }, { db, identity }) =>
    endMatch(db, assertUuid(id), requiredText(reason, 'reason', 500), actorOf(identity)),
  completeMatch: (_parent, { id }, { db, identity }) => completeMatch(db, assertUuid(id), actorOf(identity)),

  logSession: async (_parent, { mentorshipId, input }, context) => {
    const { mentorship, side } = await participantIn(context, assertUuid(mentorshipId, 'mentorshipId'));
    const checked = sessionInput(input);
    const { mentorAccount, menteeAccount } = await participantsOf(context, mentorship);
    const other = side === 'MENTOR' ? { sub: menteeAccount, path: SPACE_PATHS.mentee } : { sub: mentorAccount, path: SPACE_PATHS.mentor };
    return logSession(context.db, mentorship.id, checked, other);
  },
  addGoal: async (_parent, { mentorshipId, input }, context) => {
    const { mentorship } = await participantIn(context, assertUuid(mentorshipId, 'mentorshipId'));
    return addGoal(
      context.db,
      mentorship.id,
      requiredText(input.title, 'input.title', 200),
      labels(input.milestones, 'input.milestones', { max: 12 }),
    );
  },
  updateGoal: async (_parent, { id, status, milestonesDone }, context) => {
    const goal = await goalById(context.db, assertUuid(id));
    const mentorship = goal && (await context.loaders.mentorship.load(goal.mentorshipId));
    if (!goal || !mentorship) throw notFound(NOT_FOUND_MESSAGES.goal);
    await participantSide(context, mentorship, NOT_FOUND_MESSAGES.goal);
    return updateGoal(context.db, goal, status ?? null, milestonesDone ?? null);
  },
  submitSatisfactionSurvey: async (_parent, { mentorshipId, input }, context) => {
    const { mentorship, side } = await participantIn(context, assertUuid(mentorshipId, 'mentorshipId'));
    return submitSurvey(context.db, mentorship.id, side, {
      rating: intBetween(input.rating, 'input.rating', 1, 5),
      wouldRecommend: input.wouldRecommend,
      comment: optionalText(input.comment, 'input.comment', TEXT_MAX),
    });
  },

  createInspirationEvent: (_parent, { input }, { db }) =>
    createEvent(
      db,
      {
        title: requiredText(input.title, 'input.title', 200),
        heldOn: programmeDate(input.date, 'input.date'),
        communeCode: communeCode(input.commune, 'input.commune'),
        audienceCount: intBetween(input.audienceCount, 'input.audienceCount', 0, 100_000),
      },
      [...new Set(input.speakerIds.map((s) => assertUuid(s, 'input.speakerIds')))],
    ),

  deleteMyData: (_parent, _args, { db, identity }) => eraseAccount(db, signedIn(identity)),
};
