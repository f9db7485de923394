// Observation reads (list, one area's series, a commune's figures): every path loads whole
// disclosure groups so suppression is the same whichever way a figure is reached.
import { keysetAfter, pageRequest, toConnection, type Connection } from '@equality-graph/service-kit';
import { assertPeriod } from './input-checks';
import {
  disclose,
  inRowOrder,
  loadGroups,
  SELECT_ROWS,
  visibility,
  type DisclosedObservation,
  type ObservationRow,
} from './observation-rows';
import type { StatisticsAccess } from './statistics-access';
import type { ObservationStatus } from './entities/observation.entity';

export interface ObservationFilter {
  indicator?: string | null;
  communes?: readonly string[] | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  status?: ObservationStatus | null;
}

const sortKey = (row: Pick<ObservationRow, 'indicatorCode' | 'period' | 'communeCode'>) => [
  row.indicatorCode,
  row.period,
  row.communeCode ?? '',
];

/** The paginated list: count + page + the page's whole groups (for disclosure) = 3 statements. */
export async function listObservations(
  access: StatisticsAccess,
  filter: ObservationFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<DisclosedObservation>> {
  const { db, reader } = access;
  const page = pageRequest(first, after);
  assertPeriod(filter.periodFrom, 'filter.periodFrom');
  assertPeriod(filter.periodTo, 'filter.periodTo');
  const conditions = [visibility(reader)];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.indicator) add('o.indicator_code = ?', filter.indicator);
  if (filter.communes) add('o.commune_code = ANY(?::text[])', [...filter.communes]);
  if (filter.periodFrom) add('o.period >= ?', filter.periodFrom);
  if (filter.periodTo) add('o.period <= ?', filter.periodTo);
  if (filter.status) add('o.status = ?', filter.status);
  const where = conditions.join(' AND ');
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM observation o WHERE ${where}`, params);

  let keyset = '';
  const afterKey = keysetAfter(page, ['text', 'text', 'text']);
  if (afterKey) {
    params.push(...afterKey);
    const n = params.length;
    keyset = ` AND (o.indicator_code, o.period, coalesce(o.commune_code, '')) > ($${n - 2}, $${n - 1}, $${n})`;
  }
  params.push(page.limit + 1);
  const rows: ObservationRow[] = await db.query(
    `${SELECT_ROWS} WHERE ${where}${keyset} ORDER BY o.indicator_code, o.period, coalesce(o.commune_code, '') LIMIT $${params.length}`,
    params,
  );
  const disclosed = reader.raw ? disclose(rows, reader) : disclose(await loadGroups(db, reader, rows), reader);
  const nodes = inRowOrder(rows, disclosed);
  await access.auditRawRead('observations', { filter, returned: Math.min(rows.length, page.limit) });
  return toConnection(nodes, page.limit, count, sortKey);
}

/** One area's figures over every period (one statement: the indicator's whole groups). */
export async function indicatorSeries(
  access: StatisticsAccess,
  indicator: string,
  commune: string | null,
): Promise<DisclosedObservation[]> {
  const { db, reader } = access;
  const rows: ObservationRow[] = await db.query(`${SELECT_ROWS} WHERE o.indicator_code = $1 AND ${visibility(reader)}`, [indicator]);
  const disclosed = disclose(rows, reader);
  const series = inRowOrder(
    rows.filter((row) => row.communeCode === commune).sort((a, b) => a.period.localeCompare(b.period)),
    disclosed,
  );
  await access.auditRawRead('indicatorSeries', { indicator, commune, returned: series.length });
  return series;
}

export interface CommuneObservationsKey {
  communeCode: string;
  indicator: string | null;
  period: string | null;
}

/**
 * `Commune.observations` for many communes: one statement per distinct (indicator, period)
 * argument pair (in practice one), loading whole groups so suppression matches every other path.
 */
export async function observationsByCommunes(
  access: StatisticsAccess,
  keys: readonly CommuneObservationsKey[],
): Promise<DisclosedObservation[][]> {
  const { db, reader } = access;
  const argumentPairs = new Map<string, { indicator: string | null; period: string | null }>();
  for (const key of keys) argumentPairs.set(JSON.stringify([key.indicator, key.period]), { indicator: key.indicator, period: key.period });
  const byPair = new Map<string, DisclosedObservation[]>();
  for (const [pair, { indicator, period }] of argumentPairs) {
    const rows: ObservationRow[] = await db.query(
      `${SELECT_ROWS} WHERE ($1::text IS NULL OR o.indicator_code = $1) AND ($2::text IS NULL OR o.period = $2) AND ${visibility(reader)}
       ORDER BY o.indicator_code, o.period`,
      [indicator, period],
    );
    const disclosed = disclose(rows, reader);
    byPair.set(
      pair,
      inRowOrder(
        rows.filter((r) => r.communeCode !== null),
        disclosed,
      ),
    );
  }
  const result = keys.map((key) =>
    (byPair.get(JSON.stringify([key.indicator, key.period])) ?? []).filter((o) => o.communeCode === key.communeCode),
  );
  await access.auditRawRead('Commune.observations', {
    communes: [...new Set(keys.map((k) => k.communeCode))],
    arguments: [...argumentPairs.values()],
    returned: result.reduce((n, list) => n + list.length, 0),
  });
  return result;
}
