import { protectTable, type TableNode } from '@equality-graph/service-kit';
import type { CommuneFiguresByYear, CommuneTrainingStats, RawFigures } from './commune-stats';
import type { Sector } from './entities';

/** How a reader gets people counts: raw (`statistics:raw`), or with counts from 1 to `threshold` withheld. */
export interface FiguresReader {
  raw: boolean;
  threshold: number;
}

const TOTAL = 'total';

/** What to withhold in one group: the total over its sectors (distinct people) and the sector cells. */
interface Withheld {
  total: boolean;
  sectors: Set<Sector>;
}

/**
 * Interval protection (DESIGN 8.4) of one group, the commune's people total over its sector
 * cells. A person may declare different sectors on different enrolments, so the cells can add up
 * to more than the total: protecting as if they added up exactly is the stricter reading (the
 * reader's lower bounds are the same, her upper bounds only looser), so it protects that case too.
 */
function protectGroup(group: RawFigures, threshold: number): Withheld {
  const root: TableNode = {
    kind: 'total',
    id: TOTAL,
    value: group.trainedCount,
    parts: [...group.bySector].map(([sector, n]) => ({ kind: 'cell', id: sector, value: n })),
  };
  const { primary, secondary, withheldTotals } = protectTable(root, threshold);
  const withheld = new Set([...primary, ...secondary, ...withheldTotals]);
  return { total: withheld.has(TOTAL), sectors: new Set([...group.bySector.keys()].filter((sector) => withheld.has(sector))) };
}

/**
 * What to withhold in the year asked, or over all years. A year's group is protected on its
 * own. The all-years figures sit beside every year's (all-years = the years added up, for people
 * trained once), so whatever a year withholds is withheld over all years too: otherwise the
 * all-years cell minus the other years' would give the year's hidden cell back. With that rule
 * every published all-years figure is a sum of published year figures, so the all-years view
 * tells a reader nothing the years do not, and each year's protection holds.
 */
function withheldFor(figures: CommuneFiguresByYear, year: number | null, threshold: number): Withheld {
  if (year !== null) return protectGroup(figures.years.get(year) ?? emptyGroup, threshold);
  const all = protectGroup(figures.allYears, threshold);
  for (const group of figures.years.values()) {
    const inYear = protectGroup(group, threshold);
    if (inYear.total) all.total = true;
    inYear.sectors.forEach((sector) => all.sectors.add(sector));
  }
  return all;
}

const emptyGroup: RawFigures = { sessionCount: 0, trainedCount: 0, bySector: new Map() };

/** The figures of one commune and year (null: all years) as this reader may see them. */
export function discloseCommuneFigures(figures: CommuneFiguresByYear, year: number | null, reader: FiguresReader): CommuneTrainingStats {
  const group = year === null ? figures.allYears : (figures.years.get(year) ?? emptyGroup);
  const withheld: Withheld = reader.raw ? { total: false, sectors: new Set() } : withheldFor(figures, year, reader.threshold);
  const shown = (value: number, hidden: boolean) => ({ trainedCount: hidden ? null : value, suppressed: hidden });
  return {
    communeCode: figures.communeCode,
    sessionCount: group.sessionCount,
    ...shown(group.trainedCount, withheld.total),
    bySector: [...group.bySector]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sector, n]) => ({ sector, ...shown(n, withheld.sectors.has(sector)) })),
  };
}

/** Whether the public would be refused part of these figures (a raw reader's read of them is audited). */
export function publicWouldMissSome(figures: CommuneFiguresByYear, year: number | null, threshold: number): boolean {
  const withheld = withheldFor(figures, year, threshold);
  return withheld.total || withheld.sectors.size > 0;
}
