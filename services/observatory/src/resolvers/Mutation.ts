// Every mutation of the observatory (imports, publication of figures, directory and report writes);
// the scopes they need are @access directives in the schema, enforced by the kit.
import { badUserInput, recordAudit, unknownRecord } from '@equality-graph/service-kit';
import { createExperimentation, updateExperimentation } from '../data/experimentations';
import { ImportRejectedError, importSsmsiCsv, publishObservations } from '../data/import';
import { createPublication, updatePublication } from '../data/publications';
import { createSupportService, updateSupportService } from '../data/support-services';
import { assertPeriod } from '../data/input-checks';
import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  importObservations: async (_parent, { input }, context) => {
    try {
      return await importSsmsiCsv(context.db, {
        indicators: [input.indicator],
        csv: input.csv,
        maxBytes: context.settings.importMaxBytes,
        afterWrite: (manager, summary) =>
          recordAudit(manager, context, [
            { action: 'observation.import', subjectType: 'Observation', subjectId: summary.importId, details: { ...summary } },
          ]),
      });
    } catch (error) {
      if (error instanceof ImportRejectedError) throw badUserInput(error.message, { errors: error.errors });
      throw error;
    }
  },
  publishObservations: async (_parent, { indicator, period }, context) => {
    assertPeriod(period, 'period');
    if (!(await context.loaders.indicator.load(indicator))) throw unknownRecord('indicator', indicator);
    const published = await publishObservations(context.db, indicator, period, (manager, count) =>
      recordAudit(manager, context, [
        {
          action: 'observation.publish',
          subjectType: 'Observation',
          subjectId: `${indicator}|${period}`,
          details: { indicator, period, published: count },
        },
      ]),
    );
    return { indicatorCode: indicator, period, published };
  },
  createSupportService: (_parent, { input }, context) => createSupportService(context.db, context, input),
  updateSupportService: (_parent, { id, input }, context) => updateSupportService(context.db, context, id, input),
  createExperimentation: (_parent, { input }, context) => createExperimentation(context.db, context, input),
  updateExperimentation: (_parent, { id, input }, context) => updateExperimentation(context.db, context, id, input),
  createPublication: (_parent, { input }, context) => createPublication(context.db, context, input),
  updatePublication: (_parent, { id, input }, context) => updatePublication(context.db, context, id, input),
};
