// The public, professional and analyst views of training figures: small counts withheld, and not recomputable from the other views.
import { identity, startTestSubgraph, testKeys, type TestSubgraph } from '@equality-graph/testing';
import { createTraining } from '../src/service';
import { loadEnvironment } from '../src/environment';
import { insertCourse, insertSession } from './fixtures';

let subgraph: TestSubgraph;
let courseId: string;

/** A completed session in `commune` starting on `day`, fully attended by `people` (account, sector). */
async function held(commune: string, day: string, people: [string, string][]): Promise<void> {
  const db = subgraph.dataSource!;
  const sessionId = await insertSession(db, courseId, { startsAt: `${day}T09:00:00Z`, status: 'completed', commune });
  for (const [account, sector] of people) {
    await db.query(
      `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance)
       VALUES (gen_random_uuid(), $1, $2, $2, $3, 'booked', 'full')`,
      [sessionId, account, sector],
    );
  }
}
const crowd = (prefix: string, n: number, sector: string): [string, string][] =>
  Array.from({ length: n }, (_, i) => [`${prefix}-${i}`, sector]);

beforeAll(async () => {
  subgraph = await startTestSubgraph(createTraining({ disclosureThreshold: 5 }));
  courseId = await insertCourse(subgraph.dataSource!);
  // Antony 2025: health 3, justice 12, education 9 (24 people).
  await held('92002', '2025-03-01', [...crowd('a-h', 3, 'health'), ...crowd('a-j', 12, 'justice'), ...crowd('a-e', 9, 'education')]);
  // Bagneux 2025: 4 people in all.
  await held('92007', '2025-03-01', crowd('b-h', 4, 'health'));
  // Clichy: 2024 health 2 and justice 20; 2025 justice 30 and education 40 (each person once). Over all
  // years, education (40) is the smallest cell that protects health there: justice (50) would be published.
  await held('92024', '2024-03-01', [...crowd('c-h', 2, 'health'), ...crowd('c-j', 20, 'justice')]);
  await held('92024', '2025-03-01', [...crowd('c-k', 30, 'justice'), ...crowd('c-e', 40, 'education')]);
  // Colombes: 2023 health 3 (a small year); 2024 justice 20, education 15; 2025 justice 25, police 12.
  await held('92025', '2023-03-01', crowd('d-h', 3, 'health'));
  await held('92025', '2024-03-01', [...crowd('d-j', 20, 'justice'), ...crowd('d-e', 15, 'education')]);
  await held('92025', '2025-03-01', [...crowd('d-k', 25, 'justice'), ...crowd('d-p', 12, 'police_gendarmerie')]);
});
afterAll(() => subgraph.stop());

type Count = { sector: string; trainedCount: number | null; suppressed: boolean };
type Figures = { sessionCount: number; trainedCount: number | null; suppressed: boolean; bySector: Count[] };
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code y2023: training(year: 2023) { ...F }
  y2024: training(year: 2024) { ...F } y2025: training(year: 2025) { ...F } all: training { ...F } } } }
  fragment F on CommuneTraining { sessionCount trainedCount suppressed bySector { sector trainedCount suppressed } }`;
async function figures(who: ReturnType<typeof identity>, code: string) {
  const r = await subgraph.query<{ _entities: { code: string; y2023: Figures; y2024: Figures; y2025: Figures; all: Figures }[] }>(QUERY, who, {
    r: [{ __typename: 'Commune', code }],
  });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!._entities[0];
}
const sector = (f: Figures, name: string) => f.bySector.find((s) => s.sector === name)!;

/**
 * Every value a hidden small cell can take given the published cells and total, the rule, and
 * which hidden cells are small (those in 1..t, the others above t), by brute force.
 */
function possibleValues(total: number, cells: Count[], smallSectors: Set<string>, t: number): Map<string, Set<number>> {
  const hidden = cells.filter((c) => c.trainedCount === null);
  const left = total - cells.reduce((sum, c) => sum + (c.trainedCount ?? 0), 0);
  const out = new Map(hidden.map((c) => [c.sector, new Set<number>()]));
  const walk = (i: number, rest: number, chosen: number[]) => {
    if (i === hidden.length) {
      if (rest === 0) hidden.forEach((c, k) => out.get(c.sector)!.add(chosen[k]));
      return;
    }
    const [low, high] = smallSectors.has(hidden[i].sector) ? [1, t] : [t + 1, rest];
    for (let v = low; v <= Math.min(high, rest); v++) walk(i + 1, rest - v, [...chosen, v]);
  };
  walk(0, left, []);
  return out;
}

test('an anonymous reader gets null and suppressed for counts from 1 to 5, and the hidden cell cannot be recomputed from the total', async () => {
  const antony = await figures(identity(null), '92002');
  expect(antony.y2025.trainedCount).toBe(24);
  expect(sector(antony.y2025, 'HEALTH')).toEqual({ sector: 'HEALTH', trainedCount: null, suppressed: true });
  expect(sector(antony.y2025, 'JUSTICE')).toEqual({ sector: 'JUSTICE', trainedCount: 12, suppressed: false });
  // Health alone hidden beside a published total would be 24 - 12 - 9: a second cell goes too.
  const possible = possibleValues(24, antony.y2025.bySector, new Set(['HEALTH']), 5);
  expect([...possible.get('HEALTH')!].sort()).toEqual([1, 2, 3, 4, 5]);
  // Zero is published, and sessions are not people.
  expect(antony.y2024).toEqual({ sessionCount: 0, trainedCount: 0, suppressed: false, bySector: [] });

  const bagneux = await figures(identity(null), '92007');
  expect(bagneux.y2025).toEqual({
    sessionCount: 1,
    trainedCount: null,
    suppressed: true,
    bySector: [{ sector: 'HEALTH', trainedCount: null, suppressed: true }],
  });
  const professional = await figures(identity('PROFESSIONAL'), '92007');
  expect(professional.y2025.trainedCount).toBeNull();
});

test('a small count of one year cannot be recomputed from the all-years figures and the other years', async () => {
  const clichy = await figures(identity(null), '92024');
  expect(sector(clichy.y2024, 'HEALTH').trainedCount).toBeNull();
  const possible = possibleValues(clichy.y2024.trainedCount!, clichy.y2024.bySector, new Set(['HEALTH']), 5);
  expect([...possible.get('HEALTH')!].sort()).toEqual([1, 2, 3, 4, 5]);
  // The differencing attack: 2024 justice = all-years justice - 2025 justice, then health = total - justice.
  const allJustice = sector(clichy.all, 'JUSTICE').trainedCount;
  const y2025Justice = sector(clichy.y2025, 'JUSTICE').trainedCount;
  const attackPossible = allJustice !== null && y2025Justice !== null && clichy.y2024.trainedCount !== null;
  expect(attackPossible).toBe(false);
  // Same through the totals: 2024 = all-years total - 2025 total cannot pin a hidden 2024 total either.
  expect(sector(clichy.all, 'HEALTH').trainedCount).toBeNull();
});

test("a small year keeps the commune's all-years total published: another year's total and one of its cells give the doubt", async () => {
  const colombes = await figures(identity(null), '92025');
  expect(colombes.all.trainedCount).toBe(75);
  expect(colombes.y2023.trainedCount).toBeNull();
  const years = [colombes.y2023, colombes.y2024, colombes.y2025];
  // Every value the hidden 2023 total can take for a reader who knows all that is published,
  // that each year's sectors add up to its total, the years to the all-years total, and which
  // hidden counts are small: enumerated over the hidden counts.
  type Unknown = { year: number; sector: string | null; small: boolean };
  const unknowns: Unknown[] = years.flatMap((f, year) => [
    ...(f.trainedCount === null ? [{ year, sector: null, small: year === 0 }] : []),
    ...f.bySector.filter((c) => c.trainedCount === null).map((c) => ({ year, sector: c.sector, small: year === 0 })),
  ]);
  const possible = new Set<number>();
  const assign = (i: number, values: number[]): void => {
    if (i < unknowns.length) {
      const [low, high] = unknowns[i].small ? [1, 5] : [6, 75];
      for (let v = low; v <= high; v++) assign(i + 1, [...values, v]);
      return;
    }
    const value = (year: number, sector: string | null, published: number | null) =>
      published ?? values[unknowns.findIndex((u) => u.year === year && u.sector === sector)];
    const totals = years.map((f, year) => value(year, null, f.trainedCount));
    const consistent = years.every(
      (f, year) => f.bySector.reduce((sum, c) => sum + value(year, c.sector, c.trainedCount), 0) === totals[year],
    );
    if (consistent && totals.reduce((a, b) => a + b, 0) === 75) possible.add(totals[0]);
  };
  assign(0, []);
  expect([...possible].sort()).toEqual([1, 2, 3, 4, 5]);
});

test('an analyst (statistics:raw) sees raw values, and that read of small figures is audited; the public read is not', async () => {
  const db = subgraph.dataSource!;
  const audited = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.figures.read.raw'`))[0].n;
  const before = await audited();
  await figures(identity(null), '92002');
  expect(await audited()).toBe(before);
  const antony = await figures(identity('ANALYST'), '92002');
  expect(antony.y2025.bySector).toEqual([
    { sector: 'EDUCATION', trainedCount: 9, suppressed: false },
    { sector: 'HEALTH', trainedCount: 3, suppressed: false },
    { sector: 'JUSTICE', trainedCount: 12, suppressed: false },
  ]);
  const [row] = await db.query(
    `SELECT actor_sub, subject_type, subject_id FROM audit_log WHERE action = 'training.figures.read.raw' ORDER BY at DESC LIMIT 1`,
  );
  expect(row).toEqual({ actor_sub: 'test-analyst', subject_type: 'Commune', subject_id: '92002' });
  expect(await audited()).toBe(before + 1);
});

test('the threshold comes from DISCLOSURE_THRESHOLD (default 5), like the observatory', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/t', INTERNAL_JWT_PUBLIC_KEY: testKeys.publicKeyPem };
  expect(loadEnvironment(base).DISCLOSURE_THRESHOLD).toBe(5);
  expect(loadEnvironment({ ...base, DISCLOSURE_THRESHOLD: '3' }).DISCLOSURE_THRESHOLD).toBe(3);
  expect(() => loadEnvironment({ ...base, DISCLOSURE_THRESHOLD: '0' })).toThrow();
});
