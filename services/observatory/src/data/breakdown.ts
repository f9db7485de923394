// `indicatorBreakdown`: every commune of one indicator and period with rank and change, disclosed
// as one group so a cell cannot be recovered from the department total.
import {
  COMMUNES_WITH_PERIOD_POPULATION,
  coveredRate,
  periodPopulations,
  totalCoverage,
  trainingFigureFor,
  type CommuneWithPeriodPopulation,
  type DepartmentTotalView,
} from './department-total';
import { discloseGroup, rankByRate } from './disclosure';
import { disclose, inRowOrder, SELECT_ROWS, visibility, type ObservationRow } from './observation-rows';
import type { StatisticsAccess } from './statistics-access';
import { territoryCells, type TerritoryCellRow } from './territory-breakdown';
import type { CommuneEntity } from './entities';
import type { ObservationStatus } from './entities/observation.entity';

export interface BreakdownCellRow {
  commune: CommuneEntity;
  value: number | null;
  rate: number | null;
  /** The population vintage of `rate` (its year's, or the nearest earlier); null without rate. */
  populationYear: number | null;
  rank: number | null;
  change: number | null;
  suppressed: boolean;
  status: ObservationStatus | null;
}

export interface Breakdown {
  indicatorCode: string;
  period: string;
  previousPeriod: string;
  communes: BreakdownCellRow[];
  territories: TerritoryCellRow[];
  departmentTotal: DepartmentTotalView;
}

/**
 * Every commune for one indicator and period, with the previous period for the change:
 * two statements (communes with the period's populations, both periods' rows) whatever the number of communes.
 */
export async function indicatorBreakdown(access: StatisticsAccess, indicatorCode: string, period: string): Promise<Breakdown> {
  const { db, reader } = access;
  const previousPeriod = String(Number(period) - 1);
  const communes: CommuneWithPeriodPopulation[] = await db.query(COMMUNES_WITH_PERIOD_POPULATION, [period]);
  const rows: ObservationRow[] = await db.query(
    `${SELECT_ROWS} WHERE o.indicator_code = $1 AND o.period IN ($2, $3) AND ${visibility(reader)}`,
    [indicatorCode, period, previousPeriod],
  );
  const disclosed = disclose(rows, reader);
  const populations = periodPopulations(communes);
  const coverage = totalCoverage(
    rows.filter((r) => r.period === period),
    communes.map((c) => c.code),
  );

  const totals = [period, previousPeriod].map((p) => {
    const group = rows.filter((r) => r.period === p);
    const { total, totalSuppressed } = discloseGroup(group, reader.threshold);
    const suppressed = !reader.raw && totalSuppressed;
    return { value: suppressed ? null : total, suppressed };
  });
  const cellOf = (p: string, code: string) => {
    const row = rows.find((r) => r.period === p && r.communeCode === code);
    return row ? inRowOrder([row], disclosed)[0] : null;
  };

  const cells = communes.map((commune) => {
    const current = cellOf(period, commune.code);
    const previous = cellOf(previousPeriod, commune.code);
    const change = current && previous && current.value !== null && previous.value !== null ? current.value - previous.value : null;
    return {
      key: commune.code,
      commune,
      value: current?.value ?? null,
      rate: current?.rate ?? null,
      populationYear: current?.populationYear ?? null,
      change,
      suppressed: current?.suppressed ?? false,
      status: current?.status ?? null,
    };
  });
  // Ranked among the cells the reader sees: a withheld cell has no rate, hence no rank.
  const ranks = rankByRate(cells);
  const [total, previousTotal] = totals;
  await access.auditRawRead('indicatorBreakdown', { indicator: indicatorCode, period, returned: rows.length });
  return {
    indicatorCode,
    period,
    previousPeriod,
    communes: cells.map(({ key, ...cell }) => ({ ...cell, rank: ranks.get(key) ?? null })),
    territories: territoryCells(
      rows.filter((r) => r.period === period),
      rows.filter((r) => r.period === previousPeriod),
      reader,
      (value, covered) => coveredRate(value, covered, populations),
    ),
    departmentTotal: {
      value: total.value,
      ...coveredRate(total.value, coverage.covered, populations),
      change: total.value !== null && previousTotal.value !== null ? total.value - previousTotal.value : null,
      suppressed: total.suppressed,
      partial: total.value !== null && !coverage.fromDepartmentRow && coverage.covered.length < communes.length,
      missingCommunes: total.value !== null && !coverage.fromDepartmentRow ? communes.length - coverage.covered.length : 0,
      trainingFigure: trainingFigureFor(indicatorCode, period),
    },
  };
}
