/**
 * pnpm bench:import: the observatory's import of the national SSMSI commune file as downloaded.
 * Generates a national-format file (every department and indicator, ~100 MB of CSV, gzipped,
 * deterministic) in a temporary folder, then imports it into a fresh embedded PostgreSQL in a
 * child process (the CLI's path: streamed, gunzipped, filtered to the 92 while read) and prints
 * the import time and that process's peak memory. Printed, never asserted (shared machines).
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDataSource, createLogger } from '@equality-graph/service-kit';
import { provisionServiceDatabase, startEmbeddedServer } from '@equality-graph/dev-database';
import { fileLineChunks } from '../services/observatory/src/cli/file-lines';
import { entities } from '../services/observatory/src/data/entities';
import { importSsmsiCsv } from '../services/observatory/src/data/import';
import { migrations } from '../services/observatory/src/migrations';
import { ALL_DEPARTMENTS, writeNationalFile } from '../services/observatory/test/support/national-ssmsi-file';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
/** 101 departments x 71 communes x 9 years x 17 indicators: about 1.1 million rows, 100 MB of CSV. */
const COMMUNES_PER_DEPARTMENT = Number(process.env.BENCH_IMPORT_COMMUNES ?? 71);

/** Child mode: import FILE into DATABASE_URL and print what it took, as one JSON line. */
async function importOnce(file: string, url: string): Promise<void> {
  const db = createDataSource({ url, entities, migrations, logger: createLogger('bench-import', 'warn') });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const rssBeforeMb = process.memoryUsage().rss / 1e6;
    const started = process.hrtime.bigint();
    const summary = await importSsmsiCsv(db, {
      indicators: ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES', 'VIOLENCES_SEXUELLES'],
      csv: fileLineChunks(file),
      maxBytes: 5 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // maxRSS is in kilobytes: the whole process's peak, migrations and tsx included.
    process.stdout.write(`${JSON.stringify({ ms, rssBeforeMb, peakRssMb: process.resourceUsage().maxRSS / 1024, summary })}\n`);
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(tmpdir(), 'equality-graph-bench-import-'));
  chmodSync(parent, 0o755);
  const file = path.join(parent, 'donnee-comm-data.gouv-2025-national.csv.gz');
  const pg = await startEmbeddedServer({ dataDir: path.join(parent, 'pg'), port: 0, ephemeral: true, fast: true });
  try {
    const generating = Date.now();
    const facts = await writeNationalFile({
      file,
      departments: ALL_DEPARTMENTS,
      communesPerDepartment: COMMUNES_PER_DEPARTMENT,
      years: YEARS,
    });
    console.log(
      `National-format file: ${facts.rows.toLocaleString('en')} rows, ${(facts.bytes / 1e6).toFixed(1)} MB of CSV, ` +
        `${(statSync(file).size / 1e6).toFixed(1)} MB gzipped (generated in ${((Date.now() - generating) / 1000).toFixed(1)} s)`,
    );
    const url = await provisionServiceDatabase(pg.adminUrl, { database: 'bench_import', user: 'bench_import', password: 'bench_import' });
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', __filename, '--import-file', file], {
      env: { ...process.env, DATABASE_URL: url },
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      ms: number;
      rssBeforeMb: number;
      peakRssMb: number;
      summary: { rows: number; inserted: number; skippedOtherDepartments: number; skippedOtherIndicators: number };
    };
    console.log(
      `Import (gunzip, read, filter to the 92, write): ${(result.ms / 1000).toFixed(1)} s, peak memory ${result.peakRssMb.toFixed(0)} MB ` +
        `(importing process; ${result.rssBeforeMb.toFixed(0)} MB before the import began)`,
    );
    console.log(
      `  rows read ${result.summary.rows.toLocaleString('en')}, kept and inserted ${result.summary.inserted}, ` +
        `other departments ${result.summary.skippedOtherDepartments.toLocaleString('en')}, other indicators ${result.summary.skippedOtherIndicators}`,
    );
  } finally {
    await pg.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--import-file');
const url = process.env.DATABASE_URL;
(at >= 0 && url ? importOnce(process.argv[at + 1] ?? '', url) : main()).catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
