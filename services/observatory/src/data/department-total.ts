// The department total of a breakdown, saying what it is: from the department row, or summed from
// the communes that have a figure (then `partial` when some have none), with a rate over the
// population it actually covers.
import type { DataSource } from 'typeorm';
import { ratePerThousand } from './disclosure';
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

/** Every commune's population for a period: its year's vintage or the nearest earlier one (one statement). */
export async function populationsForPeriod(db: DataSource, period: string): Promise<Map<string, PeriodPopulation>> {
  const rows: { code: string; population: number; vintage: number }[] = await db.query(
    `SELECT DISTINCT ON (commune_code) commune_code AS code, population, vintage FROM commune_population
      WHERE vintage <= $1::int ORDER BY commune_code, vintage DESC`,
    [period],
  );
  return new Map(rows.map((r) => [r.code, { population: r.population, vintage: r.vintage }]));
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
