// Resolvers of Query: argument checks, then a data module, then the read rules (access-rules)
// and audit rows for what is personal.
import {
  assertUuid,
  badArgument,
  currentAccount,
  intBetween,
  listAuditLog,
  notFound,
  optional,
  pageRequest,
  token,
} from '@equality-graph/service-kit';
import type { QueryResolvers } from '../generated/graphql';
import { listEvents } from '../data/inspiration-events';
import { communeCode, labels, programmeDate } from '../data/input-checks';
import { candidatesFor, rankCandidates } from '../data/match-suggestions';
import { listMentees } from '../data/mentees';
import { listMentorProfiles, listPublicMentors } from '../data/mentors';
import { allMentorships } from '../data/mentorships';
import { programmeFigures } from '../data/programme-figures';
import { programmeRolesOf } from '../data/programme-roles';
import { CONSENT_TEXT_VERSIONS } from '../data/consents';
import { auditMentorRead, readMentee, readMentorProfile, visibleMentee, visibleMentorship } from '../access-rules';
import { fromApi } from './enum-values';

/** The commune a list is filtered by, checked (the three filters name it alike). */
const filterCommune = (filter: { commune?: string | null } | null | undefined) =>
  optional(filter?.commune, (code) => communeCode(code, 'filter.commune'));

export const Query: QueryResolvers = {
  // The log names who read whom: reading it is itself a read of personal data.
  mentoringAuditLog: async (_parent, { first, after, action }, { db, audit }) => {
    const checkedAction = action ? token(action, 'action', 100) : null;
    await audit({ action: 'audit-log.read', subjectType: 'AuditLog', subjectId: null, details: { action: checkedAction } });
    return listAuditLog(db, first, after, checkedAction);
  },
  me: (_parent, _args, context) => currentAccount(context),
  consentTextVersion: (_parent, { kind }) => CONSENT_TEXT_VERSIONS[kind],
  // Herself only: the identity is the gateway's verified caller, no argument names anyone else.
  _programmeRoles: (_parent, _args, { db, identity }) => (identity.sub ? programmeRolesOf(db, identity.sub) : []),

  mentors: async (_parent, { filter, first, after }, { db }) => {
    const request = pageRequest(first, after);
    const commune = filterCommune(filter);
    const expertise = filter?.expertise ? labels(filter.expertise, 'filter.expertise') : null;
    return listPublicMentors(db, { ...filter, commune, expertise }, request);
  },

  mentorProfiles: async (_parent, { status, first, after }, context) => {
    const result = await listMentorProfiles(context.db, status ? fromApi(status) : null, pageRequest(first, after));
    await Promise.all(result.edges.map(({ node }) => auditMentorRead(context, node)));
    return result;
  },

  mentor: async (_parent, { id }, context) => readMentorProfile(context, await context.loaders.mentor.load(assertUuid(id))),

  // Unknown and not hers are the same null: an id tells nothing about who is in the programme.
  mentee: async (_parent, { id }, context) => visibleMentee(context, await context.loaders.mentee.load(assertUuid(id))),

  mentees: async (_parent, { filter, first, after }, context) => {
    const request = pageRequest(first, after);
    const checked = { status: filter?.status ? fromApi(filter.status) : null, commune: filterCommune(filter) };
    const result = await listMentees(context.db, checked, request);
    await Promise.all(result.edges.map(({ node }) => readMentee(context, node)));
    return result;
  },

  matchSuggestions: async (_parent, { menteeId, limit }, context) => {
    const size = intBetween(limit ?? 10, 'limit', 1, 50);
    const mentee = await context.loaders.mentee.load(assertUuid(menteeId, 'menteeId'));
    if (!mentee || mentee.erasedAt) throw notFound('No such mentee');
    // Scoring reads her interests, commune, formats and languages: an audited read.
    await context.audit({ action: 'mentee.match-suggestions', subjectType: 'Mentee', subjectId: mentee.id });
    const suggestions = rankCandidates(mentee, await candidatesFor(context.db, mentee.id), size);
    await Promise.all(suggestions.map(({ mentor }) => auditMentorRead(context, mentor)));
    return suggestions;
  },

  mentorship: async (_parent, { id }, context) => visibleMentorship(context, await context.loaders.mentorship.load(assertUuid(id))),

  // Coordinators only (@access): each pair listed is read as mentorship(id) reads it, audited.
  mentorships: async (_parent, { status, commune, first, after }, context) => {
    const filter = { status: status ? fromApi(status) : null, commune: optional(commune, (code) => communeCode(code, 'commune')) };
    const result = await allMentorships(context.db, filter, pageRequest(first, after));
    await Promise.all(
      result.edges.map(({ node }) => context.audit({ action: 'mentorship.read', subjectType: 'Mentorship', subjectId: node.id })),
    );
    return result;
  },

  inspirationEvents: async (_parent, { filter, first, after }, { db }) => {
    const request = pageRequest(first, after);
    const checked = {
      commune: filterCommune(filter),
      from: filter?.from ? programmeDate(filter.from, 'filter.from') : null,
      to: filter?.to ? programmeDate(filter.to, 'filter.to') : null,
    };
    return listEvents(db, checked, request);
  },

  programmeFigures: async (_parent, { period }, context) => {
    const from = period?.from ? programmeDate(period.from, 'period.from') : null;
    const to = period?.to ? programmeDate(period.to, 'period.to') : null;
    if (from && to && from > to) throw badArgument('period', 'must not end (`to`) before it starts (`from`)');
    await context.audit({ action: 'programme-figures.read', subjectType: 'ProgrammeFigures', subjectId: null, details: { from, to } });
    return programmeFigures(context.db, from, to);
  },
};
