// Every mutation of the observatory (imports, publication of figures, directory and report writes);
// the scopes they need are @access directives in the schema, enforced by the kit.
import type { EntityManager } from 'typeorm';
import { badUserInput, recordAudit, unknownRecord } from '@equality-graph/service-kit';
import { createExperimentation, updateExperimentation } from '../data/experimentations';
import { ImportRejectedError, importSsmsiCsv, publishObservations, type ImportOutcome } from '../data/import';
import { importPartnerFigures, type PartnerImportOutcome } from '../data/partner-import';
import { importPopulations, type PopulationImportOutcome } from '../data/population-import';
import { createPublication, updatePublication } from '../data/publications';
import { createSupportService, updateSupportService } from '../data/support-services';
import { assertPeriod } from '../data/input-checks';
import type { ObservatoryContext } from '../context';
import type { MutationResolvers } from '../generated/graphql';

/** Runs an import; a refused file is BAD_USER_INPUT with every `{line, message}`, and its audit row is written with the data. */
async function audited<T extends { importId: string }>(
  context: ObservatoryContext,
  action: string,
  run: (afterWrite: (manager: EntityManager, summary: T) => Promise<void>) => Promise<T>,
): Promise<T> {
  try {
    return await run((manager, summary) =>
      recordAudit(manager, context, [{ action, subjectType: 'Observation', subjectId: summary.importId, details: { ...summary } }]),
    );
  } catch (error) {
    if (error instanceof ImportRejectedError) throw badUserInput(error.message, { errors: error.errors });
    throw error;
  }
}

export const Mutation: MutationResolvers = {
  importObservations: (_parent, { input }, context) =>
    audited<ImportOutcome>(context, 'observation.import', (afterWrite) =>
      importSsmsiCsv(context.db, { indicators: [input.indicator], csv: input.csv, maxBytes: context.settings.importMaxBytes, afterWrite }),
    ),
  importPartnerFigures: (_parent, { csv }, context) =>
    audited<PartnerImportOutcome>(context, 'observation.import.partner', (afterWrite) =>
      importPartnerFigures(context.db, { csv, maxBytes: context.settings.importMaxBytes, afterWrite }),
    ),
  importPopulations: (_parent, { input }, context) =>
    audited<PopulationImportOutcome>(context, 'population.import', (afterWrite) =>
      importPopulations(context.db, { vintage: input.vintage, csv: input.csv, maxBytes: context.settings.importMaxBytes, afterWrite }),
    ),
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
