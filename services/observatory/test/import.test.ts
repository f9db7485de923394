// The SSMSI import and publication of drafts, through the mutation and the command line.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { importSsmsiCsv, ImportRejectedError } from '../src/data/import';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
let folder: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
  folder = await mkdtemp(path.join(tmpdir(), 'observatory-import-'));
});
afterAll(async () => {
  await subgraph.stop();
  await rm(folder, { recursive: true, force: true });
});

const analyst = identity('ANALYST');
const admin = identity('ADMIN');
const anonymous = identity(null);
const HEADER =
  'CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;est_diffuse;insee_pop;insee_pop_millesime;insee_log;insee_log_millesime;complement_info_nombre;complement_info_taux';
const line = (code: string, year: string, indicator: string, count: string, diffused = 'diff') =>
  `${code};${year};${indicator};victime;${count};${diffused === 'diff' ? '0,5' : 'NA'};${diffused};1000;2022;500;2022;${diffused === 'diff' ? 'NA' : '12,5'};${diffused === 'diff' ? 'NA' : '1,3'}`;
const GOOD = [
  HEADER,
  line('92050', '2023', 'Violences physiques intrafamiliales', '412'),
  line('92071', '2023', 'Violences physiques intrafamiliales', '4'),
  line('92047', '2023', 'Violences physiques intrafamiliales', 'NA', 'ndiff'),
  line('92050', '2022', 'Coups et blessures volontaires intrafamiliaux', '398'),
  line('92050', '2023', 'Violences sexuelles', '120'),
  line('75056', '2023', 'Violences physiques intrafamiliales', '9000'),
  line('92050', '2023', 'Cambriolages de logement', '300'),
].join('\n');

const IMPORT = `mutation ($csv: String!) { importObservations(input: { indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", csv: $csv }) {
  importId indicator { code } rows inserted updated unchanged notDisseminated skippedOtherDepartments skippedOtherIndicators } }`;
const snapshot = (): Promise<unknown[]> =>
  subgraph.dataSource!.query(
    'SELECT commune_code, period, value, disseminated, status, import_id, imported_at FROM observation ORDER BY indicator_code, period, commune_code',
  );

describe('importObservations', () => {
  let firstImportId: string;

  test('a good file imports its rows as drafts, skipping other departments and indicators; ndiff rows get no value', async () => {
    const { body } = await subgraph.query<{ importObservations: Record<string, unknown> }>(IMPORT, analyst, { csv: GOOD });
    expect(body.errors).toBeUndefined();
    const summary = body.data!.importObservations;
    firstImportId = summary.importId as string;
    expect(summary).toMatchObject({
      indicator: { code: 'VIOLENCES_PHYSIQUES_INTRAFAMILIALES' },
      rows: 7,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      notDisseminated: 1,
      skippedOtherDepartments: 1,
      skippedOtherIndicators: 2,
    });
    const rows = await subgraph.dataSource!.query(
      'SELECT commune_code, period, value, disseminated, status, import_id FROM observation ORDER BY period, commune_code',
    );
    expect(rows).toEqual([
      { commune_code: '92050', period: '2022', value: 398, disseminated: true, status: 'DRAFT', import_id: firstImportId },
      { commune_code: '92047', period: '2023', value: null, disseminated: false, status: 'DRAFT', import_id: firstImportId },
      { commune_code: '92050', period: '2023', value: 412, disseminated: true, status: 'DRAFT', import_id: firstImportId },
      { commune_code: '92071', period: '2023', value: 4, disseminated: true, status: 'DRAFT', import_id: firstImportId },
    ]);
    expect(await auditCount(subgraph.dataSource!, 'observation.import')).toBe(1);
  });

  test('imported drafts are invisible to an anonymous reader', async () => {
    const { body } = await subgraph.query<{ observations: { totalCount: number } }>(
      '{ observations(filter: {}) { totalCount } }',
      anonymous,
    );
    expect(body.data!.observations.totalCount).toBe(0);
  });

  test('importing the same file again changes nothing', async () => {
    const before = await snapshot();
    const { body } = await subgraph.query<{ importObservations: Record<string, unknown> }>(IMPORT, analyst, { csv: GOOD });
    expect(body.data!.importObservations).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    expect(await snapshot()).toEqual(before);
  });

  test('a corrected file updates the changed figure only, with the new import as its provenance', async () => {
    const corrected = GOOD.replace(
      line('92050', '2023', 'Violences physiques intrafamiliales', '412'),
      line('92050', '2023', 'Violences physiques intrafamiliales', '415'),
    );
    const { body } = await subgraph.query<{ importObservations: { importId: string } }>(IMPORT, analyst, { csv: corrected });
    expect(body.data!.importObservations).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    const rows: { commune_code: string; period: string; value: number; import_id: string }[] = await subgraph.dataSource!.query(
      'SELECT commune_code, period, value, import_id FROM observation',
    );
    const changed = rows.find((r) => r.commune_code === '92050' && r.period === '2023')!;
    expect(changed).toMatchObject({ value: 415, import_id: body.data!.importObservations.importId });
    expect(rows.filter((r) => r !== changed).every((r) => r.import_id === firstImportId)).toBe(true);
  });

  test('a bad file is rejected whole, with every error by line number, and nothing is written', async () => {
    const before = await snapshot();
    const bad = [
      GOOD,
      line('92999', '2023', 'Violences physiques intrafamiliales', '5'),
      line('92002', '2023', 'Violences physiques intrafamiliales', '-3'),
      line('92004', '2023', 'Violences physiques intrafamiliales', 'beaucoup'),
      line('92007', '20x3', 'Violences physiques intrafamiliales', '5'),
      line('92050', '2023', 'Violences physiques intrafamiliales', '415'),
      line('92009', '2023', 'Violences physiques intrafamiliales', '12'),
    ].join('\n');
    const { body } = await subgraph.query(IMPORT, analyst, { csv: bad });
    const error = body.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const errors = error.extensions!.errors as { line: number; message: string }[];
    expect(errors.map((e) => e.line)).toEqual([9, 10, 11, 12, 13]);
    expect(errors[0].message).toMatch(/unknown commune code "92999"/);
    expect(errors[1].message).toMatch(/negative/);
    expect(errors[2].message).toMatch(/not a number/);
    expect(errors[3].message).toMatch(/bad year "20x3"/);
    expect(errors[4].message).toMatch(/duplicate row for commune 92050 and year 2023 \(first on line 2\)/);
    expect(await snapshot()).toEqual(before);
  });

  test('rows kept over the size limit are refused with a clear message naming the line', async () => {
    const refused = importSsmsiCsv(subgraph.dataSource!, { indicators: ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES'], csv: GOOD, maxBytes: 250 });
    await expect(refused).rejects.toBeInstanceOf(ImportRejectedError);
    const { errors } = (await refused.catch((error: ImportRejectedError) => error)) as ImportRejectedError;
    // Lines 2 and 3 (about 120 bytes each) fit; line 4 goes over.
    expect(errors).toEqual([
      { line: 4, message: expect.stringMatching(/the department's rows exceed 250 bytes \(IMPORT_MAX_BYTES\)/) as string },
    ]);
  });

  test('an indicator outside the commune base or a bad header is refused', async () => {
    const { body } = await subgraph.query(
      'mutation { importObservations(input: { indicator: "APPELS_3919", csv: "x" }) { rows } }',
      analyst,
    );
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await expect(
      importSsmsiCsv(subgraph.dataSource!, { indicators: ['VIOLENCES_SEXUELLES'], csv: 'a;b\n1;2', maxBytes: 10_000 }),
    ).rejects.toBeInstanceOf(ImportRejectedError);
  });

  test('an anonymous reader and a coordinator cannot import', async () => {
    expect((await subgraph.query(IMPORT, anonymous, { csv: GOOD })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.query(IMPORT, identity('COORDINATOR'), { csv: GOOD })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('publishObservations', () => {
  const PUBLISH =
    'mutation { publishObservations(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES", period: "2023") { published indicator { code } } }';

  test('an analyst cannot publish; an admin publishes the drafts, audited, and the public then sees them with suppression', async () => {
    expect((await subgraph.query(PUBLISH, analyst)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const { body } = await subgraph.query<{ publishObservations: { published: number } }>(PUBLISH, admin);
    expect(body.data!.publishObservations).toEqual({ published: 3, indicator: { code: 'VIOLENCES_PHYSIQUES_INTRAFAMILIALES' } });
    expect(await auditCount(subgraph.dataSource!, 'observation.publish')).toBe(1);
    const { body: read } = await subgraph.query<{
      observations: { edges: { node: { commune: { code: string }; value: number | null; suppressed: boolean; disseminated: boolean } }[] };
    }>(
      '{ observations(filter: { indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES" }) { edges { node { commune { code } value suppressed disseminated } } } }',
      anonymous,
    );
    expect(read.data!.observations.edges.map((e) => e.node)).toEqual([
      { commune: { code: '92047' }, value: null, suppressed: false, disseminated: false },
      // Sceaux (4) is withheld; Nanterre is the only other non-zero cell, so it goes too.
      { commune: { code: '92050' }, value: null, suppressed: true, disseminated: true },
      { commune: { code: '92071' }, value: null, suppressed: true, disseminated: true },
    ]);
  });
});

describe('import CLI', () => {
  const run = promisify(execFile);
  const cli = (file: string, ...args: string[]) =>
    run('npx', ['tsx', 'src/cli/import.ts', file, ...args], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, DATABASE_URL: subgraph.databaseUrl },
    });

  test('prints a summary for a good file and every error, with a non-zero exit, for a bad one', async () => {
    const good = path.join(folder, 'good.csv');
    await writeFile(good, GOOD.replace(/412/, '415'));
    const { stdout } = await cli(good, '--indicator', 'VIOLENCES_SEXUELLES');
    expect(stdout).toMatch(/7 rows read in [\d.]+ s\n {2}inserted 1, updated 0, unchanged 0/);
    const bad = path.join(folder, 'bad.csv');
    await writeFile(
      bad,
      [HEADER, line('92999', '2023', 'Violences sexuelles', '5'), line('92002', '1850', 'Violences sexuelles', '5')].join('\n'),
    );
    const failure = await cli(bad).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure!.code).toBe(1);
    expect(failure!.stderr).toMatch(/line 2: unknown commune code "92999"[\s\S]*line 3: bad year "1850"/);
  }, 90_000);
});
