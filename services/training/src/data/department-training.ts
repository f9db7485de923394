// The department's training figure for a year (the observatory's PROFESSIONNELS_FORMES, read
// through the graph): distinct people fully trained in sessions held that year, published only
// when it gives away none of the communes' withheld counts.
import type { DataSource } from 'typeorm';
import { protectTable, type TableNode } from '@equality-graph/service-kit';
import type { CommuneFiguresByYear } from './commune-stats';
import { discloseCommuneFigures, type FiguresReader } from './training-disclosure';

export interface DepartmentTrainingView {
  year: number;
  sessionCount: number;
  /** Null when withheld from this reader. */
  trainedCount: number | null;
  suppressed: boolean;
}

export interface DepartmentYearTotals {
  year: number;
  sessionCount: number;
  trainedCount: number;
}

/**
 * Sessions completed and distinct people fully trained per year (start of the session, Paris
 * time), counted as `trainingStats` counts them; one statement for any number of years.
 */
export async function departmentTotalsByYears(db: DataSource, years: readonly number[]): Promise<DepartmentYearTotals[]> {
  const rows: { sessions: number; trained: number }[] = await db.query(
    `SELECT f.sessions, f.trained
       FROM unnest($1::int[]) WITH ORDINALITY AS k(year, i)
       CROSS JOIN LATERAL (
         WITH held AS (
           SELECT s.id FROM training_session s
            WHERE s.status = 'completed'
              AND s.starts_at >= make_timestamptz(k.year, 1, 1, 0, 0, 0, 'Europe/Paris')
              AND s.starts_at < make_timestamptz(k.year + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
         )
         SELECT (SELECT count(*)::int FROM held) AS sessions,
                (SELECT count(DISTINCT coalesce(e.account_id, e.id::text))::int
                   FROM enrolment e JOIN held h ON h.id = e.session_id WHERE e.attendance = 'full') AS trained
       ) f
      ORDER BY k.i`,
    [[...years]],
  );
  return rows.map((row, index) => ({ year: years[index], sessionCount: row.sessions, trainedCount: row.trained }));
}

const DEPARTMENT = 'department';

/** A total of distinct people: an exact sum when its parts add up to it, a union otherwise. */
const total = (id: string, value: number, parts: TableNode[]): TableNode => ({
  kind: 'total',
  id,
  value,
  parts,
  relation: parts.reduce((n, part) => n + (part.value ?? 0), 0) === value ? 'sum' : 'union',
});

/**
 * The year's department figure as this reader may see it. The public reader already gets each
 * commune's year count and sector cells with the commune's own withholdings (training-disclosure.ts);
 * the department total goes on top of them as one more level, and is published only when the
 * interval protection needs no cell withheld beyond those (else it is withheld: the commune
 * figures, already public, are not changed by it). A count from 1 to the threshold is withheld.
 */
export function discloseDepartmentYear(
  totals: DepartmentYearTotals,
  communes: readonly CommuneFiguresByYear[],
  reader: FiguresReader,
): DepartmentTrainingView {
  const shown = { year: totals.year, sessionCount: totals.sessionCount };
  if (reader.raw) return { ...shown, trainedCount: totals.trainedCount, suppressed: false };
  const forced = new Set<string>();
  const parts = communes.flatMap((figures): TableNode[] => {
    const group = figures.years.get(totals.year);
    if (!group || group.trainedCount === 0) return [];
    const disclosed = discloseCommuneFigures(figures, totals.year, reader);
    const id = figures.communeCode;
    if (disclosed.suppressed) forced.add(id);
    for (const cell of disclosed.bySector) if (cell.suppressed) forced.add(`${id}:${cell.sector}`);
    return [
      total(
        id,
        group.trainedCount,
        [...group.bySector].map(([sector, n]) => ({ kind: 'cell', id: `${id}:${sector}`, value: n })),
      ),
    ];
  });
  const { primary, secondary, withheldTotals } = protectTable(total(DEPARTMENT, totals.trainedCount, parts), reader.threshold, forced);
  const withheld = [...primary, ...secondary, ...withheldTotals];
  const suppressed = withheld.some((id) => id === DEPARTMENT || !forced.has(id));
  return { ...shown, trainedCount: suppressed ? null : totals.trainedCount, suppressed };
}
