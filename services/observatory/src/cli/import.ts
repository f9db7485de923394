/**
 * `pnpm --filter observatory run import FILE [--indicator CODE]`: the SSMSI commune base, plain or
 * gzipped, national or departmental, streamed and filtered to the department while it is read
 * (progress on stderr: rows read, rows kept, elapsed). Without --indicator, both commune-base
 * indicators. `--partner FILE`: partner figures (the template of the README). `--populations FILE
 * --vintage YEAR`: INSEE populations légales. The same all-or-nothing imports as the mutations,
 * for analysts with database access; reads DATABASE_URL (and IMPORT_MAX_BYTES) like the service,
 * and applies pending migrations first. (`run` is needed: pnpm 12 has a built-in `import`.)
 */
import { readFile } from 'node:fs/promises';
import { createDataSource, createLogger, postgresUrl } from '@equality-graph/service-kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { entities } from '../data/entities';
import { ImportRejectedError, importSsmsiCsv, type ImportProgress } from '../data/import';
import { importPartnerFigures } from '../data/partner-import';
import { importPopulations } from '../data/population-import';
import { SSMSI_LABELS } from '../data/ssmsi-csv';
import { migrations } from '../migrations';
import { fileLineChunks } from './file-lines';

const cliEnvironment = z.object({
  DATABASE_URL: postgresUrl,
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
});

const USAGE = [
  'usage: pnpm --filter observatory run import FILE [--indicator CODE]   (SSMSI commune base, .csv or .csv.gz)',
  '       pnpm --filter observatory run import --partner FILE            (partner figures template)',
  '       pnpm --filter observatory run import --populations FILE --vintage YEAR',
  '',
].join('\n');

interface Command {
  kind: 'ssmsi' | 'partner' | 'populations';
  file: string;
  indicator?: string;
  vintage?: number;
}

function parseArguments(argv: readonly string[]): Command | null {
  const args = argv.filter((a) => a !== '--');
  const valueOf = (flag: string) => {
    const at = args.indexOf(flag);
    return at < 0 ? undefined : (args[at + 1] ?? '');
  };
  const flagged = new Set(
    ['--indicator', '--partner', '--populations', '--vintage'].flatMap((f) => (args.includes(f) ? [args.indexOf(f) + 1] : [])),
  );
  const positional = args.find((a, i) => !a.startsWith('--') && !flagged.has(i));
  const partner = valueOf('--partner');
  const populations = valueOf('--populations');
  if (partner) return { kind: 'partner', file: partner };
  if (populations) {
    const vintage = Number(valueOf('--vintage'));
    return Number.isInteger(vintage) ? { kind: 'populations', file: populations, vintage } : null;
  }
  const indicator = valueOf('--indicator');
  if (!positional || indicator === '') return null;
  return { kind: 'ssmsi', file: positional, indicator };
}

/** One progress line on stderr (rewritten in place on a terminal). */
function progressPrinter(started: number): (progress: ImportProgress) => void {
  return ({ rowsRead, rowsKept }) => {
    const elapsed = ((Date.now() - started) / 1000).toFixed(1);
    const text = `read ${rowsRead.toLocaleString('en')} rows, kept ${rowsKept.toLocaleString('en')}, ${elapsed} s`;
    process.stderr.write(process.stderr.isTTY ? `\r${text}` : `${text}\n`);
  };
}

async function run(db: DataSource, command: Command, maxBytes: number): Promise<string[]> {
  if (command.kind === 'partner') {
    const s = await importPartnerFigures(db, { csv: await readFile(command.file, 'utf8'), maxBytes });
    return [
      `partner import ${s.importId} (${s.indicatorCodes.join(', ')}): ${s.rows} rows read`,
      `  inserted ${s.inserted}, updated ${s.updated}, unchanged ${s.unchanged} (new and changed figures are DRAFT)`,
    ];
  }
  if (command.kind === 'populations') {
    const s = await importPopulations(db, { vintage: command.vintage ?? 0, csv: await readFile(command.file, 'utf8'), maxBytes });
    return [
      `population import ${s.importId} (vintage ${s.vintage}): ${s.rows} rows read, ${s.skippedOtherDepartments} of other departments`,
      `  inserted ${s.inserted}, updated ${s.updated}, unchanged ${s.unchanged}`,
    ];
  }
  const started = Date.now();
  const summary = await importSsmsiCsv(db, {
    indicators: command.indicator ? [command.indicator] : Object.keys(SSMSI_LABELS),
    csv: fileLineChunks(command.file),
    maxBytes,
    onProgress: progressPrinter(started),
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return [
    `import ${summary.importId} (${summary.indicatorCodes.join(', ')}): ${summary.rows} rows read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  inserted ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged} (new and changed figures are DRAFT)`,
    `  not disseminated by the source (ndiff, stored without value): ${summary.notDisseminated}`,
    `  skipped: ${summary.skippedOtherDepartments} rows of other departments, ${summary.skippedOtherIndicators} rows of other indicators`,
    `  populations (insee_pop): ${summary.populationsInserted} added, ${summary.populationsUpdated} changed`,
  ];
}

async function main(argv: string[]): Promise<number> {
  const command = parseArguments(argv);
  if (!command) {
    process.stderr.write(USAGE);
    return 2;
  }
  const env = cliEnvironment.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) process.stderr.write(`${issue.path.join('.')}: ${issue.message}\n`);
    return 2;
  }
  const db = createDataSource({ url: env.data.DATABASE_URL, entities, migrations, logger: createLogger('observatory-import', 'warn') });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    process.stdout.write(`${(await run(db, command, env.data.IMPORT_MAX_BYTES)).join('\n')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    process.stderr.write(`${error.message}\n`);
    for (const e of error.errors) process.stderr.write(`  line ${e.line}: ${e.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`import failed: ${error.message}\n`);
    process.exit(1);
  },
);
