// Disclosure control of training figures: one interval-protected table per commune, so that no view (a year, all years) gives another away.
import { protectTable, type TableNode } from '@equality-graph/service-kit';
import type { CommuneFiguresByYear, CommuneTrainingStats, RawFigures } from './commune-stats';
import type { Sector } from './entities';

/** How a reader gets people counts: raw (`statistics:raw`), or with counts from 1 to `threshold` withheld. */
export interface FiguresReader {
  raw: boolean;
  threshold: number;
}

/** What to withhold in one view (a year, or all years): the people total and the sector cells. */
interface Withheld {
  total: boolean;
  sectors: Set<Sector>;
}

/** One commune's decisions for every view, taken together so that no view gives another away. */
interface CommuneDecision {
  years: Map<number, Withheld>;
  allYears: Withheld;
}

const ALL = 'all';
const yearId = (year: number) => `y${year}`;
const cellId = (year: number, sector: string) => `y${year}:${sector}`;
const sectorId = (sector: string) => `s:${sector}`;

/**
 * A total of distinct people over parts that may share people: an exact sum when the parts
 * add up to it (the stricter reading for the reader), a union otherwise (a person trained in
 * two years or declaring two sectors is counted once in the total).
 */
function total(id: string, value: number, parts: TableNode[]): TableNode {
  const sum = parts.reduce((n, part) => n + (part.value ?? 0), 0);
  return { kind: 'total', id, value, parts, relation: sum === value ? 'sum' : 'union' };
}

/**
 * Interval protection (DESIGN 8.4) of a commune's figures as one table: the all-years people
 * total over each year's total, each over that year's sector cells. Secondary cells are taken
 * inside a year first, then another year's cell with its total: the all-years total, the
 * figure the commune overview shows, is withheld only when nothing else protects.
 * The all-years sector cells cut across that tree (a sector over the years), so one is
 * published only when none of its year cells is withheld (it then says nothing the years do
 * not), and the all-years view is protected as its own table with those decisions forced.
 */
function decide(figures: CommuneFiguresByYear, threshold: number): CommuneDecision {
  const years = [...figures.years].sort(([a], [b]) => a - b);
  const tree = total(
    ALL,
    figures.allYears.trainedCount,
    years.map(([year, group]) =>
      total(
        yearId(year),
        group.trainedCount,
        [...group.bySector].map(([sector, n]) => ({ kind: 'cell', id: cellId(year, sector), value: n })),
      ),
    ),
  );
  const treeProtection = protectTable(tree, threshold);
  const hidden = new Set([...treeProtection.primary, ...treeProtection.secondary, ...treeProtection.withheldTotals]);

  const sectorsWithHiddenYear = new Set(
    years.flatMap(([year, group]) => [...group.bySector.keys()].filter((sector) => hidden.has(cellId(year, sector)))),
  );
  const allYearsTable = total(
    ALL,
    figures.allYears.trainedCount,
    [...figures.allYears.bySector].map(([sector, n]) => ({ kind: 'cell', id: sectorId(sector), value: n })),
  );
  const forced = new Set([...sectorsWithHiddenYear].map(sectorId));
  if (hidden.has(ALL)) forced.add(ALL);
  const flat = protectTable(allYearsTable, threshold, forced);
  const flatHidden = new Set([...flat.primary, ...flat.secondary, ...flat.withheldTotals]);

  return {
    years: new Map(
      years.map(([year, group]) => [
        year,
        {
          total: hidden.has(yearId(year)),
          sectors: new Set([...group.bySector.keys()].filter((sector) => hidden.has(cellId(year, sector)))),
        },
      ]),
    ),
    allYears: {
      total: hidden.has(ALL) || flatHidden.has(ALL),
      sectors: new Set([...figures.allYears.bySector.keys()].filter((sector) => flatHidden.has(sectorId(sector)))),
    },
  };
}

/**
 * One decision per commune's figures and threshold: the loader hands every view of a request
 * (a year, all years, the raw reader's audit check) the same figures object, so the table is
 * protected once per request, not once per view.
 */
const decisions = new WeakMap<CommuneFiguresByYear, Map<number, CommuneDecision>>();

function decisionFor(figures: CommuneFiguresByYear, threshold: number): CommuneDecision {
  const byThreshold = decisions.get(figures) ?? new Map<number, CommuneDecision>();
  decisions.set(figures, byThreshold);
  const known = byThreshold.get(threshold);
  if (known) return known;
  // Across requests the kit's protectTable remembers each table it has decided.
  const decision = decide(figures, threshold);
  byThreshold.set(threshold, decision);
  return decision;
}

function withheldFor(figures: CommuneFiguresByYear, year: number | null, threshold: number): Withheld {
  const decision = decisionFor(figures, threshold);
  if (year === null) return decision.allYears;
  return decision.years.get(year) ?? { total: false, sectors: new Set() };
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
