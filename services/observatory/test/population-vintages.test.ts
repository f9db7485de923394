// Rates on the right population: each year's rate uses that year's vintage (or the nearest
// earlier one) and says which; SSMSI's own rate is checked against ours; INSEE vintages import
// all or nothing; a department total summed from partial communes says so and divides by the
// population it covers.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
});
afterAll(() => subgraph.stop());

const analyst = identity('ANALYST');
const admin = identity('ADMIN');
const anonymous = identity(null);

const HEADER =
  'CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;est_diffuse;insee_pop;insee_pop_millesime;insee_log;insee_log_millesime;complement_info_nombre;complement_info_taux';
const row = (code: string, year: string, count: string, rate: string, pop: string, vintage: string, diffused = 'diff') =>
  `${code};${year};Violences physiques intrafamiliales;victime;${count};${rate};${diffused};${pop};${vintage};NA;NA;NA;NA`;

/**
 * SSMSI's format, two vintages: 2021 rows divide by the 2021 population, 2022 rows by the 2022
 * one (INSEE populations légales: Nanterre 97,351 then 98,119; Colombes 88,870 then 90,692), and
 * `taux_pour_mille` is what SSMSI prints for them. Boulogne is not disseminated in 2022; a 2024
 * row has no 2024 vintage. Sceaux's 2022 rate is misprinted (it should be 0.627).
 */
const FILE = [
  HEADER,
  row('92050', '2021', '412', '4,232109', '97351', '2021'),
  row('92025', '2021', '300', '3,375717', '88870', '2021'),
  row('92050', '2022', '398', '4,056299', '98119', '2022'),
  row('92025', '2022', '330', '3,638689', '90692', '2022'),
  row('92012', '2022', 'NA', 'NA', '120205', '2022', 'ndiff'),
  row('92071', '2022', '13', '0,7', '20740', '2022'),
  row('92050', '2024', '405', 'NA', 'NA', 'NA'),
].join('\n');

interface Cell {
  commune: { code: string };
  period: string;
  value: number | null;
  rate: number | null;
  populationYear: number | null;
  sourceRateMismatch: boolean;
}

async function importAndPublish(): Promise<void> {
  const { body } = await subgraph.query(
    `mutation ($csv: String!) { importObservations(input: { indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", csv: $csv }) { inserted populationsInserted populationsUpdated } }`,
    analyst,
    { csv: FILE },
  );
  expect(body.errors).toBeUndefined();
  // The file's populations are INSEE's, already stored from the package: nothing to add or change.
  expect(body.data).toEqual({ importObservations: { inserted: 7, populationsInserted: 0, populationsUpdated: 0 } });
  for (const period of ['2021', '2022', '2024']) {
    const published = await subgraph.query(
      `mutation { publishObservations(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", period: "${period}") { published } }`,
      admin,
    );
    expect(published.body.errors).toBeUndefined();
  }
}

describe('rates per year', () => {
  let cells: Record<string, Cell>;
  beforeAll(async () => {
    await importAndPublish();
    const { body } = await subgraph.query<{ observations: { edges: { node: Cell }[] } }>(
      '{ observations(filter: { indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES" }) { edges { node { commune { code } period value rate populationYear sourceRateMismatch } } } }',
      analyst,
    );
    cells = Object.fromEntries(body.data!.observations.edges.map(({ node }) => [`${node.commune.code}/${node.period}`, node]));
  });

  test("each year's rate uses that year's population and matches SSMSI's taux_pour_mille", () => {
    expect(cells['92050/2021']).toMatchObject({ rate: 4.232, populationYear: 2021, sourceRateMismatch: false });
    expect(cells['92025/2021']).toMatchObject({ rate: 3.376, populationYear: 2021, sourceRateMismatch: false });
    expect(cells['92050/2022']).toMatchObject({ rate: 4.056, populationYear: 2022, sourceRateMismatch: false });
    expect(cells['92025/2022']).toMatchObject({ rate: 3.639, populationYear: 2022, sourceRateMismatch: false });
  });

  test('a year without its own vintage uses the nearest earlier one and says so', () => {
    // 2024: no 2024 vintage is stored; 2023's (Nanterre 97,783) is the nearest earlier one.
    expect(cells['92050/2024']).toMatchObject({ rate: 4.142, populationYear: 2023, sourceRateMismatch: false });
  });

  test('a row whose taux_pour_mille disagrees with the computed rate beyond rounding is flagged', () => {
    // 13 / 20,740 = 0.627 per 1,000; the file says 0,7 (0.65 to 0.75 once rounded).
    expect(cells['92071/2022']).toMatchObject({ rate: 0.627, populationYear: 2022, sourceRateMismatch: true });
  });

  test('the breakdown gives each commune the vintage it used, and a partial total is flagged with the rate of what it covers', async () => {
    const { body } = await subgraph.query<{
      indicatorBreakdown: {
        communes: { commune: { code: string }; rate: number | null; populationYear: number | null }[];
        departmentTotal: {
          value: number;
          rate: number;
          populationYear: number;
          partial: boolean;
          missingCommunes: number;
          suppressed: boolean;
        };
      };
    }>(
      `{ indicatorBreakdown(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", period: "2022") {
          communes { commune { code } rate populationYear }
          departmentTotal { value rate populationYear partial missingCommunes suppressed } } }`,
      anonymous,
    );
    expect(body.errors).toBeUndefined();
    const breakdown = body.data!.indicatorBreakdown;
    const nanterre = breakdown.communes.find((c) => c.commune.code === '92050');
    expect(nanterre).toEqual({ commune: { code: '92050' }, rate: 4.056, populationYear: 2022 });
    // Boulogne (ndiff) and 32 communes without a row are missing: 3 of 36 communes are summed.
    const covered = 98_119 + 90_692 + 20_740;
    expect(breakdown.departmentTotal).toEqual({
      value: 398 + 330 + 13,
      rate: Math.round(((398 + 330 + 13) / covered) * 1_000_000) / 1000,
      populationYear: 2022,
      partial: true,
      missingCommunes: 33,
      suppressed: false,
    });
  });
});

describe('importPopulations', () => {
  const IMPORT = `mutation ($csv: String!, $vintage: Int!) { importPopulations(input: { vintage: $vintage, csv: $csv }) {
    vintage rows inserted updated unchanged skippedOtherDepartments } }`;
  const communes = async (): Promise<{ code: string }[]> => subgraph.dataSource!.query('SELECT code FROM commune ORDER BY code');
  const insee = async (population: (code: string, index: number) => string) =>
    [
      'REG;Région;DEP;CODARR;CODCAN;CODCOM;COM;PMUN;PCAP;PTOT',
      '11;Île-de-France;75;751;7599;056;Paris;2113705;15000;2128705',
      ...(await communes()).map(({ code }, i) => `11;Île-de-France;92;921;9299;${code.slice(2)};X;${population(code, i)};100;1100`),
    ].join('\n');
  const stored = (): Promise<unknown[]> =>
    subgraph.dataSource!.query('SELECT commune_code, vintage, population, source FROM commune_population ORDER BY commune_code, vintage');

  test('a file with a bad line changes nothing and names the line', async () => {
    const before = await stored();
    const csv = await insee((_code, i) => (i === 5 ? 'abc' : String(10_000 + i)));
    const { body } = await subgraph.query(IMPORT, analyst, { csv, vintage: 2024 });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ line: 8, message: 'PMUN "abc" is not a population' }],
    });
    expect(await stored()).toEqual(before);
  });

  test('a good vintage is stored with its source, audited; the same file twice changes nothing; 2024 rates then use it', async () => {
    const csv = await insee((_code, i) => String(10_000 + i));
    const first = await subgraph.query(IMPORT, analyst, { csv, vintage: 2024 });
    expect(first.body.data).toEqual({
      importPopulations: { vintage: 2024, rows: 37, inserted: 36, updated: 0, unchanged: 0, skippedOtherDepartments: 1 },
    });
    const after = await stored();
    const again = await subgraph.query(IMPORT, analyst, { csv, vintage: 2024 });
    expect(again.body.data).toEqual({
      importPopulations: { vintage: 2024, rows: 37, inserted: 0, updated: 0, unchanged: 36, skippedOtherDepartments: 1 },
    });
    expect(await stored()).toEqual(after);
    expect(await auditCount(subgraph.dataSource!, 'population.import')).toBe(2);
    const { body } = await subgraph.query<{ indicatorSeries: { period: string; populationYear: number | null }[] }>(
      '{ indicatorSeries(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", commune: "92050") { period populationYear } }',
      analyst,
    );
    expect(body.data!.indicatorSeries).toEqual([
      { period: '2021', populationYear: 2021 },
      { period: '2022', populationYear: 2022 },
      { period: '2024', populationYear: 2024 },
    ]);
  });

  test('the CLI imports a vintage the same way (here: the stored one again, so nothing changes)', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'observatory-populations-'));
    try {
      const file = path.join(folder, 'populations-2024.csv');
      await writeFile(file, await insee((_code, i) => String(10_000 + i)));
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', '--populations', file, '--vintage', '2024'], {
        cwd: path.join(__dirname, '..'),
        env: { ...process.env, DATABASE_URL: subgraph.databaseUrl },
      });
      expect(stdout).toMatch(/\(vintage 2024\): 37 rows read, 1 of other departments\n {2}inserted 0, updated 0, unchanged 36/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 90_000);

  test('an anonymous reader cannot import populations', async () => {
    const { body } = await subgraph.query(IMPORT, anonymous, { csv: 'x', vintage: 2024 });
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
