import { badUserInput, currentAccount, notFound, pageRequest, listAuditLog } from '@equality-graph/service-kit';
import type { QueryResolvers } from '../generated/graphql';
import { eventCursor, listEvents } from '../data/inspiration-events';
import { communeCode, intBetween, isoDate, uuid } from '../data/input-checks';
import { candidatesFor, rankCandidates } from '../data/match-suggestions';
import { listMentees } from '../data/mentees';
import { listMentorProfiles, listPublicMentors } from '../data/mentors';
import { programmeFigures } from '../data/programme-figures';
import { assertCanSeeMentorship, canSeeMentor, isCoordinator, readMentee, refuse } from './access-rules';
import { byId, connection } from './connections';
import { fromApi } from './enums';

export const Query: QueryResolvers = {
  mentoringAuditLog: (_parent, { first, after, action }, { db }) => listAuditLog(db, first, after, action),
  me: (_parent, _args, context) => currentAccount(context),

  mentors: async (_parent, { filter, first, after }, { db }) => {
    const request = pageRequest(first, after);
    if (filter?.commune) communeCode(filter.commune, 'filter.commune');
    return connection(await listPublicMentors(db, filter ?? {}, request), request.limit, byId);
  },

  mentorProfiles: async (_parent, { status, first, after }, { db }) => {
    const request = pageRequest(first, after);
    return connection(await listMentorProfiles(db, status ? fromApi.mentor(status) : null, request), request.limit, byId);
  },

  mentor: async (_parent, { id }, { loaders, identity }) => {
    const mentor = await loaders.mentor.load(uuid(id));
    return mentor && canSeeMentor(identity, mentor) ? mentor : null;
  },

  mentee: async (_parent, { id }, context) => {
    const mentee = await context.loaders.mentee.load(uuid(id));
    if (!mentee) {
      // Only a coordinator learns that an id does not exist.
      if (isCoordinator(context.identity)) return null;
      refuse(context.identity);
    }
    return readMentee(context, mentee);
  },

  mentees: async (_parent, { filter, first, after }, context) => {
    const request = pageRequest(first, after);
    if (filter?.commune) communeCode(filter.commune, 'filter.commune');
    const page = await listMentees(
      context.db,
      { status: filter?.status ? fromApi.mentee(filter.status) : null, commune: filter?.commune },
      request,
    );
    const result = connection(page, request.limit, byId);
    await Promise.all(result.edges.map(({ node }) => readMentee(context, node)));
    return result;
  },

  matchSuggestions: async (_parent, { menteeId, limit }, context) => {
    const size = intBetween(limit ?? 10, 1, 50, 'limit');
    const mentee = await context.loaders.mentee.load(uuid(menteeId, 'menteeId'));
    if (!mentee || mentee.erasedAt) throw notFound('No such mentee');
    // Scoring reads her interests, commune, formats and languages: an audited read.
    await context.audit({ action: 'mentee.match-suggestions', subjectType: 'Mentee', subjectId: mentee.id });
    return rankCandidates(mentee, await candidatesFor(context.db, mentee.id), size);
  },

  mentorship: async (_parent, { id }, context) => {
    const mentorship = await context.loaders.mentorship.load(uuid(id));
    if (!mentorship) return isCoordinator(context.identity) ? null : refuse(context.identity);
    await assertCanSeeMentorship(context, mentorship);
    return mentorship;
  },

  inspirationEvents: async (_parent, { filter, first, after }, { db }) => {
    const request = pageRequest(first, after);
    if (filter?.commune) communeCode(filter.commune, 'filter.commune');
    const checked = {
      commune: filter?.commune,
      from: filter?.from ? isoDate(filter.from, 'filter.from') : null,
      to: filter?.to ? isoDate(filter.to, 'filter.to') : null,
    };
    return connection(await listEvents(db, checked, request), request.limit, eventCursor);
  },

  programmeFigures: async (_parent, { period }, context) => {
    const from = period?.from ? isoDate(period.from, 'period.from') : null;
    const to = period?.to ? isoDate(period.to, 'period.to') : null;
    if (from && to && from > to) throw badUserInput('period.from must not be after period.to', { argument: 'period' });
    await context.audit({ action: 'programme-figures.read', subjectType: 'ProgrammeFigures', subjectId: null, details: { from, to } });
    return programmeFigures(context.db, from, to);
  },
};
