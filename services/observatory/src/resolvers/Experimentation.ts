// Field resolvers of `Experimentation`: its communes, and its count of people under the disclosure rule.
import { isSmall } from '@equality-graph/service-kit';
import type { ExperimentationResolvers } from '../generated/graphql';

/** A scheme's count of people is a count like any other: small ones are withheld from the public. */
export const Experimentation: ExperimentationResolvers = {
  communes: ({ communeCodes }, _args, { loaders }) => loaders.communes(communeCodes),
  beneficiaries: async ({ id, beneficiaries }, _args, { statistics }) => {
    if (!isSmall(beneficiaries ?? null, statistics.reader.threshold)) return beneficiaries ?? null;
    if (!statistics.reader.raw) return null;
    await statistics.auditRawRead('Experimentation.beneficiaries', { experimentation: id });
    return beneficiaries ?? null;
  },
  beneficiariesSuppressed: ({ beneficiaries }, _args, { statistics }) =>
    !statistics.reader.raw && isSmall(beneficiaries ?? null, statistics.reader.threshold),
};
