// Resolvers of CommuneMentoring, the programme's counts for one commune: the two small counts
// are restricted in the SDL, and every read of them is audited here.
import type { CommuneMentoringResolvers } from '../generated/graphql';
import type { MentoringContext } from '../context';

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
