// Resolvers of ProgrammeFigures: the monthly series, computed only when a client asks for it.
import { badArgument } from '@equality-graph/service-kit';
import type { ProgrammeFiguresResolvers } from '../generated/graphql';
import { monthlyFigures } from '../data/programme-figures';

const MAX_MONTHS = 60;

export const ProgrammeFigures: ProgrammeFiguresResolvers = {
  // Computed only when asked; the period was checked (and audited) by Query.programmeFigures.
  byMonth: ({ period }, _args, { db }) => {
    const to = period.to ?? new Date().toISOString().slice(0, 10);
    const end = new Date(`${to}T00:00:00Z`);
    const from = period.from ?? new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
    const start = new Date(`${from}T00:00:00Z`);
    const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
    if (months > MAX_MONTHS) throw badArgument('period', `must cover at most ${MAX_MONTHS} months for byMonth: narrow it`);
    return monthlyFigures(db, from, to);
  },
};
