import type { CommuneMentoringResolvers, CommuneResolvers } from '../generated/graphql';
import type { MentoringContext } from '../context';
import { communeCode } from '../data/input-checks';

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code: communeCode(code, 'representations.code') }),
  mentoring: ({ code }, _args, { loaders }) => loaders.communeStats.load(code),
};

// Counts this small can point at a person in a small commune: every read is audited, one row
// per commune and request (the writer de-duplicates), whichever of the two counts was asked.
const auditCounts = (context: MentoringContext, code: string) =>
  context.audit({ action: 'commune-mentoring.read', subjectType: 'Commune', subjectId: code });

export const CommuneMentoring: CommuneMentoringResolvers = {
  menteeCount: async ({ communeCode: code, menteeCount }, _args, context) => {
    await auditCounts(context, code);
    return menteeCount;
  },
  activeMatchCount: async ({ communeCode: code, activeMatchCount }, _args, context) => {
    await auditCounts(context, code);
    return activeMatchCount;
  },
};
