// The department total of a breakdown, saying what it is: from the department row, or summed from
// the communes that have a figure (then `partial` when some have none), with a rate over the
// population it actually covers.
import { ratePerThousand } from './disclosure';
import type { CommuneEntity } from './entities';
import type { ObservationRow } from './observation-rows';

export interface DepartmentTotalView {
  value: number | null;
  rate: number | null;
  /** The population vintage of the rate (the oldest one used when communes differ); null without rate. */
  populationYear: number | null;
  change: number | null;
  suppressed: boolean;
  /** Summed from communes while some of them have no figure (not disseminated, or no row). */
  partial: boolean;
  missingCommunes: number;
  /** A reference the training subgraph resolves (PROFESSIONNELS_FORMES only). */
  trainingFigure: { year: number } | null;
}

/** The indicator whose figure training owns: the observatory names the year, training answers. */
export const TRAINING_INDICATOR = 'PROFESSIONNELS_FORMES';

export const trainingFigureFor = (indicatorCode: string, period: string): { year: number } | null =>
  indicatorCode === TRAINING_INDICATOR ? { year: Number(period) } : null;

export interface PeriodPopulation {
  population: number;
  vintage: number;
}

/** A commune with its population for the period: its year's vintage or the nearest earlier one. */
export interface CommuneWithPeriodPopulation extends CommuneEntity {
  periodPopulation: number | null;
  periodVintage: number | null;
}

/** The 36 communes with their population for the period $1 (one statement, one key probe each). */
export const COMMUNES_WITH_PERIOD_POPULATION = `SELECT c.code, c.name, c.population, c.population_year AS "populationYear",
  p.population AS "periodPopulation", p.vintage AS "periodVintage"
  FROM commune c LEFT JOIN LATERAL (SELECT population, vintage FROM commune_population p
    WHERE p.commune_code = c.code AND p.vintage <= $1::int ORDER BY p.vintage DESC LIMIT 1) p ON true
  ORDER BY c.code`;

export function periodPopulations(communes: readonly CommuneWithPeriodPopulation[]): Map<string, PeriodPopulation> {
  return new Map(
    communes.flatMap((c) =>
      c.periodPopulation === null || c.periodVintage === null
        ? []
        : [[c.code, { population: c.periodPopulation, vintage: c.periodVintage }]],
    ),
  );
}

/**
 * What a group's total covers: the department row covers every commune; a sum of commune figures
 * covers only the communes with a known value (withheld ones included: they are in the sum).
 */
export function totalCoverage(
  group: readonly ObservationRow[],
  communeCodes: readonly string[],
): { covered: string[]; fromDepartmentRow: boolean } {
  const department = group.find((r) => r.communeCode === null);
  if (department && department.value !== null) return { covered: [...communeCodes], fromDepartmentRow: true };
  const known = new Set(group.flatMap((r) => (r.communeCode !== null && r.value !== null ? [r.communeCode] : [])));
  return { covered: communeCodes.filter((code) => known.has(code)), fromDepartmentRow: false };
}

/** The rate over the covered communes' populations; null when one of them has no vintage for the period. */
export function coveredRate(
  value: number | null,
  covered: readonly string[],
  populations: ReadonlyMap<string, PeriodPopulation>,
): { rate: number | null; populationYear: number | null } {
  if (value === null || covered.length === 0) return { rate: null, populationYear: null };
  const used = covered.map((code) => populations.get(code));
  if (used.some((p) => p === undefined)) return { rate: null, populationYear: null };
  const known = used.filter((p): p is PeriodPopulation => p !== undefined);
  const rate = ratePerThousand(
    value,
    known.reduce((sum, p) => sum + p.population, 0),
  );
  return { rate, populationYear: rate === null ? null : Math.min(...known.map((p) => p.vintage)) };
}
