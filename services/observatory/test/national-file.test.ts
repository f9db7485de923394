// The national SSMSI file as downloaded (every department, gzipped): streamed, filtered to the
// department while it is read, the size limit applied to what is kept, progress on the CLI.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { fileLineChunks } from '../src/cli/file-lines';
import { importSsmsiCsv } from '../src/data/import';
import { observatory } from '../src/service';
import { writeNationalFile, type NationalFileFacts } from './support/national-ssmsi-file';

let subgraph: TestSubgraph;
let folder: string;
let file: string;
let facts: NationalFileFacts;
beforeAll(async () => {
  subgraph = await startTestSubgraph(observatory);
  folder = await mkdtemp(path.join(tmpdir(), 'observatory-national-'));
  file = path.join(folder, 'donnee-comm-data.gouv-2025.csv.gz');
  facts = await writeNationalFile({
    file,
    departments: ['75', '91', '92', '93', '2A', '971'],
    communesPerDepartment: 40,
    years: [2023, 2024],
  });
});
afterAll(async () => {
  await subgraph.stop();
  await rm(folder, { recursive: true, force: true });
});

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('npx', ['tsx', 'src/cli/import.ts', ...args], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, DATABASE_URL: subgraph.databaseUrl, IMPORT_MAX_BYTES: '65536' },
  });

describe('the national file', () => {
  test('a gzipped national-format file with several departments keeps only the 36 communes, with progress on stderr', async () => {
    // Bigger than the limit as a whole, far smaller once filtered: the limit applies to what is kept.
    expect(facts.bytes).toBeGreaterThan(65_536);
    const { stdout, stderr } = await cli(file);
    expect(stdout).toMatch(
      new RegExp(`${facts.rows} rows read in [\\d.]+ s\\n {2}inserted ${facts.departmentRows}, updated 0, unchanged 0`),
    );
    expect(stdout).toMatch(new RegExp(`skipped: ${5 * 40 * 2 * 17} rows of other departments, ${36 * 2 * 15} rows of other indicators`));
    expect(stderr).toMatch(
      new RegExp(`read ${facts.rows.toLocaleString('en')} rows, kept ${facts.departmentRows.toLocaleString('en')}, [\\d.]+ s`),
    );
    const communes: { code: string }[] = await subgraph.dataSource!.query(
      'SELECT DISTINCT commune_code AS code FROM observation ORDER BY 1',
    );
    const expected: { code: string }[] = await subgraph.dataSource!.query('SELECT code FROM commune ORDER BY 1');
    expect(communes).toEqual(expected);
    expect(expected).toHaveLength(36);
  }, 90_000);

  test('when what is kept goes over the limit, the file is refused at that line and nothing is written', async () => {
    const before: unknown[] = await subgraph.dataSource!.query('SELECT * FROM observation ORDER BY id');
    // The 72 kept rows (36 communes x 2 years) of about 120 bytes each do not fit in 1 KiB.
    const refused = await importSsmsiCsv(subgraph.dataSource!, {
      indicators: ['VIOLENCES_SEXUELLES'],
      csv: fileLineChunks(file),
      maxBytes: 1024,
    }).catch((error: { errors: { line: number; message: string }[] }) => error.errors);
    expect(refused).toEqual([{ line: expect.any(Number) as number, message: expect.stringMatching(/exceed 1024 bytes/) as string }]);
    expect(await subgraph.dataSource!.query('SELECT * FROM observation ORDER BY id')).toEqual(before);
  }, 90_000);

  test('a plain (not gzipped) file reads the same', async () => {
    const plain = path.join(folder, 'plain.csv');
    await writeFile(plain, gunzipSync(await readFile(file)));
    expect((await stat(plain)).size).toBeGreaterThan((await stat(file)).size);
    const summary = await importSsmsiCsv(subgraph.dataSource!, {
      indicators: ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES'],
      csv: fileLineChunks(plain),
      maxBytes: 65_536,
    });
    expect(summary).toMatchObject({ rows: facts.rows, inserted: 0, updated: 0, unchanged: facts.departmentRows / 2 });
  }, 90_000);

  test('quoted codes and CRLF line ends are read as SSMSI may ship them', async () => {
    const quoted = path.join(folder, 'quoted.csv');
    const header =
      '"CODGEO_2025";"annee";"indicateur";"unite_de_compte";"nombre";"taux_pour_mille";"est_diffuse";"insee_pop";"insee_pop_millesime";"insee_log";"insee_log_millesime";"complement_info_nombre";"complement_info_taux"';
    const row = (code: string) => `"${code}";"2020";"Violences sexuelles";"victime";"7";"NA";"diff";"NA";"NA";"NA";"NA";"NA";"NA"`;
    await writeFile(quoted, [header, row('75056'), row('92050'), row('2A004'), ''].join('\r\n'));
    const summary = await importSsmsiCsv(subgraph.dataSource!, {
      indicators: ['VIOLENCES_SEXUELLES'],
      csv: fileLineChunks(quoted),
      maxBytes: 65_536,
    });
    expect(summary).toMatchObject({ rows: 3, inserted: 1, skippedOtherDepartments: 2 });
    const [stored] = await subgraph.dataSource!.query(`SELECT value FROM observation WHERE commune_code = '92050' AND period = '2020'`);
    expect(stored).toEqual({ value: 7 });
  });
});
