// Field resolvers of `PartnerImportSummary` (the answer of `importPartnerFigures`): the indicators the file held.
import type { PartnerImportSummaryResolvers } from '../generated/graphql';

export const PartnerImportSummary: PartnerImportSummaryResolvers = {
  indicators: ({ indicatorCodes }, _args, { loaders }) => Promise.all(indicatorCodes.map((code) => loaders.referencedIndicator(code))),
};
