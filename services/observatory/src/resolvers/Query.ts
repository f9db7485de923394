// Every query of the observatory; who sees what comes from access-rules.ts, the data modules
// apply it (resolvers carry no SQL).
import { badArgument, currentAccount, listAuditLog, unknownRecord } from '@equality-graph/service-kit';
import { departmentTerritories } from '@equality-graph/territory';
import { seesUnpublishedExperimentations, seesUnpublishedPublications } from '../access-rules';
import { indicatorBreakdown } from '../data/breakdown';
import { findCommunes } from '../data/commune-search';
import { listCommunes } from '../data/communes';
import { EMERGENCY_NUMBERS } from '../data/emergency-numbers';
import { experimentationById, listExperimentations } from '../data/experimentations';
import { listIndicators } from '../data/indicators';
import { assertPeriod } from '../data/input-checks';
import { indicatorSeries, listObservations } from '../data/observations';
import { listPublications } from '../data/publications';
import { listSupportServices } from '../data/support-services';
import type { ObservatoryContext } from '../context';
import type { QueryResolvers } from '../generated/graphql';

/** A commune filter must name one of the 36 communes (through the per-request loader). */
async function assertCommune(code: string | null | undefined, argument: string, { loaders }: ObservatoryContext): Promise<void> {
  if (code != null && !(await loaders.commune.load(code))) throw badArgument(argument, `is not a commune of the department: ${code}`);
}

export const Query: QueryResolvers = {
  communes: (_parent, _args, { db }) => listCommunes(db),
  commune: (_parent, { code }, { loaders }) => loaders.commune.load(code),
  me: (_parent, _args, context) => currentAccount(context),
  indicators: (_parent, _args, { db }) => listIndicators(db),
  indicator: (_parent, { code }, { loaders }) => loaders.indicator.load(code),
  observations: (_parent, { filter, first, after }, { statistics }) => listObservations(statistics, filter, first, after),
  indicatorSeries: (_parent, { indicator, commune }, { statistics }) => indicatorSeries(statistics, indicator, commune ?? null),
  indicatorBreakdown: async (_parent, { indicator, period }, { statistics, loaders }) => {
    assertPeriod(period, 'period');
    if (!(await loaders.indicator.load(indicator))) throw unknownRecord('indicator', indicator);
    return indicatorBreakdown(statistics, indicator, period);
  },
  auditLog: (_parent, { first, after, action }, { db }) => listAuditLog(db, first, after, action),
  supportServices: async (_parent, { filter, first, after }, context) => {
    await assertCommune(filter?.commune, 'filter.commune', context);
    // Every answer about help carries the national emergency numbers.
    return { ...(await listSupportServices(context.db, filter ?? {}, first, after)), emergencyNumbers: [...EMERGENCY_NUMBERS] };
  },
  supportService: (_parent, { id }, { loaders }) => loaders.supportService.load(id),
  experimentations: async (_parent, { filter, first, after }, context) => {
    await assertCommune(filter?.commune, 'filter.commune', context);
    return listExperimentations(context.db, seesUnpublishedExperimentations(context.identity), filter ?? {}, first, after);
  },
  experimentation: (_parent, { id }, { db, identity }) => experimentationById(db, seesUnpublishedExperimentations(identity), id),
  publications: (_parent, { first, after }, { db, identity }) => listPublications(db, seesUnpublishedPublications(identity), first, after),
  findCommunes: (_parent, { search }, { db }) => findCommunes(db, search),
  territories: () => [...departmentTerritories()],
  emergencyNumbers: () => [...EMERGENCY_NUMBERS],
};
