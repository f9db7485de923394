// Training's `DepartmentTraining` entity: the department's figure for a year, which the
// observatory's PROFESSIONNELS_FORMES refers to by year and the gateway resolves here.
import { COMMUNES } from '@equality-graph/territory';
import { checkedYear } from '../data/argument-checks';
import { discloseDepartmentYear } from '../data/department-training';
import type { CommuneFiguresByYear } from '../data/commune-stats';
import type { DepartmentTrainingResolvers } from '../generated/graphql';

export const DepartmentTraining: DepartmentTrainingResolvers = {
  __resolveReference: async ({ year }, { loaders, figures, audit }) => {
    const asked = checkedYear(year);
    const [totals, communes] = await Promise.all([
      loaders.departmentTotals.load(asked),
      // Every commune's figures in one statement (the same loader Commune.training reads through).
      loaders.communeFigures.loadMany(COMMUNES.map((c) => c.code)),
    ]);
    const loaded = communes.filter((c): c is CommuneFiguresByYear => !(c instanceof Error));
    if (loaded.length !== communes.length) throw new Error('commune training figures could not be read');
    if (figures.raw && discloseDepartmentYear(totals, loaded, { raw: false, threshold: figures.threshold }).suppressed) {
      await audit({
        action: 'training.figures.read.raw',
        subjectType: 'DepartmentTraining',
        subjectId: String(asked),
        details: { year: asked },
      });
    }
    return discloseDepartmentYear(totals, loaded, figures);
  },
};
