// Observation rows as read from SQL and their disclosed form: the shared SELECT, the draft rule and
// the group-wise disclosure every observation read path goes through.
import type { DataSource, EntityManager } from 'typeorm';
import { discloseGroup, ratePerThousand } from './disclosure';
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
  population: number | null;
}

/** What resolvers receive: the value and rate are already withheld when they must be. */
export interface DisclosedObservation extends Omit<ObservationRow, 'population'> {
  rate: number | null;
  suppressed: boolean;
}

export const SELECT_ROWS = `SELECT o.id, o.indicator_code AS "indicatorCode", o.commune_code AS "communeCode", o.period, o.value,
  o.disseminated, o.status, o.source, o.import_id AS "importId", o.imported_at AS "importedAt", c.population
  FROM observation o LEFT JOIN commune c ON c.code = o.commune_code`;

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
    for (const { population, ...row } of group) {
      const suppressed = withheld.has(row.id);
      result.set(row.id, {
        ...row,
        value: suppressed ? null : row.value,
        rate: suppressed ? null : ratePerThousand(row.value, population),
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
