// Field resolvers of `Experimentation`: its communes, and its count of people under the disclosure rule.
import type { ExperimentationResolvers } from '../generated/graphql';
import { isBelowThreshold } from '../data/disclosure';

/** A scheme's count of people is a count like any other: small ones are withheld from the public. */
export const Experimentation: ExperimentationResolvers = {
  communes: async ({ communeCodes }, _args, { loaders }) => {
    const communes = await loaders.commune.loadMany(communeCodes);
    return communes.flatMap((commune) => (commune && !(commune instanceof Error) ? [commune] : []));
  },
  beneficiaries: async ({ id, beneficiaries }, _args, { statistics }) => {
    if (!isBelowThreshold(beneficiaries ?? null, statistics.reader.threshold)) return beneficiaries ?? null;
    if (!statistics.reader.raw) return null;
    await statistics.auditRawRead('Experimentation.beneficiaries', { experimentation: id });
    return beneficiaries ?? null;
  },
  beneficiariesSuppressed: ({ beneficiaries }, _args, { statistics }) =>
    !statistics.reader.raw && isBelowThreshold(beneficiaries ?? null, statistics.reader.threshold),
};
