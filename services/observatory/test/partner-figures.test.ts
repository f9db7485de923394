// The partner-figures import: one template for department-, court- and commune-level figures,
// all or nothing with errors by line, idempotent, drafts until published, audited, disclosed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { observatory } from '../src/service';
import { auditCount } from './fixtures';

let subgraph: TestSubgraph;
let folder: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
  folder = await mkdtemp(path.join(tmpdir(), 'observatory-partner-'));
});
afterAll(async () => {
  await subgraph.stop();
  await rm(folder, { recursive: true, force: true });
});

const analyst = identity('ANALYST');
const admin = identity('ADMIN');
const anonymous = identity(null);

const GOOD = [
  'indicator;territory;period;value;source;note',
  'APPELS_3919;92;2023;2874;FNSF, bilan annuel du 3919;',
  'TGD_ACTIFS;TJ-NANTERRE;2023;41;Parquet du tribunal judiciaire de Nanterre;stock au 31 décembre',
  'ORDONNANCES_PROTECTION_DELIVREES;TJ-NANTERRE;2023;204;Ministère de la Justice;',
  'FEMINICIDES_CONJUGAUX;92;2023;3;Étude nationale sur les morts violentes au sein du couple;',
  'VIOLENCES_SEXUELLES;92050;2023;120;Commissariat de Nanterre;',
  'VIOLENCES_SEXUELLES;92071;2023;2;Commissariat de Sceaux;',
  'VIOLENCES_SEXUELLES;92025;2023;9;Commissariat de Colombes;',
].join('\n');

const IMPORT = `mutation ($csv: String!) { importPartnerFigures(csv: $csv) { importId indicators { code } rows inserted updated unchanged } }`;
const snapshot = (): Promise<unknown[]> =>
  subgraph.dataSource!.query(
    'SELECT indicator_code, commune_code, period, value, source, note, status, import_id, imported_at FROM observation ORDER BY indicator_code, period, commune_code',
  );

describe('importPartnerFigures', () => {
  test('a file with an error on line 7 changes nothing and names line 7', async () => {
    const before = await snapshot();
    const bad = GOOD.replace('VIOLENCES_SEXUELLES;92071;2023;2;', 'VIOLENCES_SEXUELLES;92071;2023;deux;');
    const { body } = await subgraph.query(IMPORT, analyst, { csv: bad });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ line: 7, message: 'value "deux" is not a number' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  test('wrong territories, PROFESSIONNELS_FORMES and duplicates are refused, each by line', async () => {
    const csv = [
      'indicator;territory;period;value;source;note',
      'APPELS_3919;92050;2023;10;FNSF;',
      'TGD_ACTIFS;92;2023;41;Parquet;',
      'PROFESSIONNELS_FORMES;92;2023;300;Tableur;',
      'APPELS_3919;92;2023;2874;FNSF;',
      'APPELS_3919;92;2023;2875;FNSF;',
      'NOPE;92;2023;1;X;',
    ].join('\n');
    const { body } = await subgraph.query(IMPORT, analyst, { csv });
    const errors = (body.errors![0].extensions as { errors: { line: number; message: string }[] }).errors;
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 6, 7]);
    expect(errors[0].message).toMatch(/territory "92050" is not valid for APPELS_3919/);
    expect(errors[1].message).toMatch(/expected "TJ-NANTERRE"/);
    expect(errors[2].message).toMatch(/PROFESSIONNELS_FORMES comes from the training service through the graph/);
    expect(errors[3].message).toMatch(/duplicate figure .* \(first on line 5\)/);
    expect(errors[4].message).toMatch(/unknown indicator "NOPE"/);
  });

  test('a good file is imported as drafts with its provenance, audited; the same file twice changes nothing', async () => {
    const first = await subgraph.query<{ importPartnerFigures: { importId: string; indicators: { code: string }[] } }>(IMPORT, analyst, {
      csv: GOOD,
    });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.importPartnerFigures).toMatchObject({ rows: 7, inserted: 7, updated: 0, unchanged: 0 });
    const { importId } = first.body.data!.importPartnerFigures;
    const rows = (await snapshot()) as {
      status: string;
      import_id: string;
      source: string;
      note: string | null;
      commune_code: string | null;
    }[];
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.status === 'DRAFT' && r.import_id === importId)).toBe(true);
    expect(rows.find((r) => r.note !== null)).toMatchObject({
      source: 'Parquet du tribunal judiciaire de Nanterre',
      note: 'stock au 31 décembre',
      commune_code: null,
    });
    const after = await snapshot();
    const again = await subgraph.query(IMPORT, analyst, { csv: GOOD });
    expect(again.body.data).toMatchObject({ importPartnerFigures: { rows: 7, inserted: 0, updated: 0, unchanged: 7 } });
    expect(await snapshot()).toEqual(after);
    expect(await auditCount(subgraph.dataSource!, 'observation.import.partner')).toBe(2);
  });

  test('drafts stay hidden until published; then the disclosure rule applies to partner figures too', async () => {
    const read = () =>
      subgraph.query<{
        observations: { edges: { node: { commune: { code: string } | null; value: number | null; suppressed: boolean } }[] };
      }>(
        '{ observations(filter: { indicator: "VIOLENCES_SEXUELLES" }) { edges { node { commune { code } value suppressed } } } }',
        anonymous,
      );
    expect((await read()).body.data!.observations.edges).toEqual([]);
    await subgraph.query('mutation { publishObservations(indicator: "VIOLENCES_SEXUELLES", period: "2023") { published } }', admin);
    const cells = Object.fromEntries((await read()).body.data!.observations.edges.map(({ node }) => [node.commune?.code, node]));
    // Sceaux's 2 is withheld, and Colombes' 9 (the smallest other cell) with it.
    expect(cells['92071']).toMatchObject({ value: null, suppressed: true });
    expect(cells['92025']).toMatchObject({ value: null, suppressed: true });
    expect(cells['92050']).toMatchObject({ value: 120, suppressed: false });
  });

  test('a changed figure is updated, back to DRAFT, with the new import as provenance', async () => {
    const { body } = await subgraph.query<{ importPartnerFigures: { importId: string } }>(IMPORT, analyst, {
      csv: GOOD.replace('APPELS_3919;92;2023;2874;', 'APPELS_3919;92;2023;2880;'),
    });
    expect(body.data!.importPartnerFigures).toMatchObject({ inserted: 0, updated: 1, unchanged: 6 });
    const [row] = await subgraph.dataSource!.query(`SELECT value, status, import_id FROM observation WHERE indicator_code = 'APPELS_3919'`);
    expect(row).toEqual({ value: 2880, status: 'DRAFT', import_id: body.data!.importPartnerFigures.importId });
  });

  test('a real-sized file, longer than the general cap on a string argument, is accepted', async () => {
    const codes: { code: string }[] = await subgraph.dataSource!.query('SELECT code FROM commune ORDER BY code');
    const lines = codes.flatMap(({ code }) =>
      Array.from(
        { length: 10 },
        (_, i) => `VIOLENCES_PHYSIQUES_INTRAFAMILIALES;${code};${2010 + i};${100 + i};Services de police et de gendarmerie;`,
      ),
    );
    const csv = ['indicator;territory;period;value;source;note', ...lines].join('\n');
    expect(csv.length).toBeGreaterThan(10_000);
    const { body } = await subgraph.query(IMPORT, analyst, { csv });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ importPartnerFigures: { rows: 360, inserted: 360 } });
  });

  test('an anonymous reader cannot import; the CLI imports the same template', async () => {
    expect((await subgraph.query(IMPORT, anonymous, { csv: GOOD })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const file = path.join(folder, 'partner.csv');
    await writeFile(file, GOOD);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', '--partner', file], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, DATABASE_URL: subgraph.databaseUrl },
    });
    // The file holds 2874 for the 3919 where the database now has 2880: one update.
    expect(stdout).toMatch(/7 rows read\n {2}inserted 0, updated 1, unchanged 6/);
  }, 90_000);
});
