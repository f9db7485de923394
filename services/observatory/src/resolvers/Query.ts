import { currentAccount, notFound } from '@equality-graph/service-kit';
import { listAuditLog } from '../data/audit-log';
import { indicatorBreakdown } from '../data/breakdown';
import { listCommunes } from '../data/communes';
import { listIndicators } from '../data/indicators';
import { assertPeriod, indicatorSeries, listObservations } from '../data/observations';
import type { QueryResolvers } from '../generated/graphql';

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
    if (!(await loaders.indicator.load(indicator))) throw notFound(`Unknown indicator ${indicator}`);
    return indicatorBreakdown(statistics, indicator, period);
  },
  auditLog: (_parent, { first, after, action }, { db }) => listAuditLog(db, first, after, action),
};
