// Observation rows as read from SQL and their disclosed form: the shared SELECT, the draft rule and
// the group-wise disclosure every observation read path goes through.
import type { DataSource, EntityManager } from 'typeorm';
import { discloseGroup, ratePerThousand } from './disclosure';
import { disagrees } from './rates';
import type { ObservationStatus } from './entities/observation.entity';

/** Who reads: analysts (`statistics:raw`) see raw values and drafts; others get disclosure control. */
export interface Reader {
  raw: boolean;
  threshold: number;
}

export interface ObservationRow {
  id: string;
  indicatorCode: string;
  communeCode: string | null;
  period: string;
  value: number | null;
  disseminated: boolean;
  status: ObservationStatus;
  source: string;
  importId: string | null;
  importedAt: Date | null;
  note: string | null;
  /** The commune's population of the vintage used for this period (null: none, or not a commune). */
  population: number | null;
  populationVintage: number | null;
  /** The rate the source printed and its decimals (SSMSI rows), to flag a disagreement. */
  sourceRate: number | null;
  sourceRateDecimals: number | null;
}

/** What resolvers receive: the value and rate are already withheld when they must be. */
export interface DisclosedObservation extends Omit<
  ObservationRow,
  'population' | 'populationVintage' | 'sourceRate' | 'sourceRateDecimals'
> {
  rate: number | null;
  /** The population vintage the rate used; null when there is no rate. */
  populationYear: number | null;
  /** The source printed a rate that our rate does not match up to its rounding. */
  sourceRateMismatch: boolean;
  suppressed: boolean;
}

/**
 * The population of a commune for a period: its year's vintage, or the nearest earlier one
 * (one primary-key probe per row).
 */
export const VINTAGE_FOR_PERIOD = `LEFT JOIN LATERAL (SELECT p.population, p.vintage FROM commune_population p
  WHERE p.commune_code = o.commune_code AND p.vintage <= o.period::int ORDER BY p.vintage DESC LIMIT 1) p ON true`;

export const SELECT_ROWS = `SELECT o.id, o.indicator_code AS "indicatorCode", o.commune_code AS "communeCode", o.period, o.value,
  o.disseminated, o.status, o.source, o.import_id AS "importId", o.imported_at AS "importedAt", o.note,
  p.population, p.vintage AS "populationVintage", o.source_rate AS "sourceRate", o.source_rate_decimals AS "sourceRateDecimals"
  FROM observation o ${VINTAGE_FOR_PERIOD}`;

/** The condition that hides drafts from a public reader (appended to a WHERE). */
export function visibility(reader: Reader): string {
  return reader.raw ? 'TRUE' : `o.status = 'PUBLISHED'`;
}

export const groupKey = (row: { indicatorCode: string; period: string }) => `${row.indicatorCode}|${row.period}`;

/** Every row of the given indicator x period groups the reader may see (one statement). */
export async function loadGroups(
  db: DataSource | EntityManager,
  reader: Reader,
  groups: readonly { indicatorCode: string; period: string }[],
): Promise<ObservationRow[]> {
  if (groups.length === 0) return [];
  return db.query(
    `${SELECT_ROWS} WHERE (o.indicator_code, o.period) IN (SELECT * FROM unnest($1::text[], $2::text[])) AND ${visibility(reader)}`,
    [groups.map((g) => g.indicatorCode), groups.map((g) => g.period)],
  );
}

/**
 * Applies disclosure control to whole groups. `rows` must hold every visible row of each
 * group it touches (a partial group would let a cell escape secondary suppression).
 */
export function disclose(rows: readonly ObservationRow[], reader: Reader): Map<string, DisclosedObservation> {
  const byGroup = new Map<string, ObservationRow[]>();
  for (const row of rows) byGroup.set(groupKey(row), [...(byGroup.get(groupKey(row)) ?? []), row]);
  const result = new Map<string, DisclosedObservation>();
  for (const group of byGroup.values()) {
    const withheld = reader.raw ? new Set<string>() : discloseGroup(group, reader.threshold).suppressed;
    for (const { population, populationVintage, sourceRate, sourceRateDecimals, ...row } of group) {
      const suppressed = withheld.has(row.id);
      const rate = suppressed ? null : ratePerThousand(row.value, population);
      result.set(row.id, {
        ...row,
        value: suppressed ? null : row.value,
        rate,
        populationYear: rate === null ? null : populationVintage,
        sourceRateMismatch: !suppressed && disagrees(row.value, population, sourceRate, sourceRateDecimals),
        suppressed,
      });
    }
  }
  return result;
}

/** The disclosed form of each row, in the rows' order; `disclosed` must come from groups holding them all. */
export function inRowOrder(rows: readonly ObservationRow[], disclosed: Map<string, DisclosedObservation>): DisclosedObservation[] {
  return rows.map((row) => {
    const observation = disclosed.get(row.id);
    if (!observation) throw new Error(`observation ${row.id} was read without its disclosure group`);
    return observation;
  });
}
