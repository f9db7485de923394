/**
 * `pnpm --filter observatory run import FILE [--indicator CODE]`: the same all-or-nothing import
 * as the `importObservations` mutation, for analysts with database access. Without
 * --indicator, both SSMSI commune-base indicators are imported. Reads DATABASE_URL (and
 * IMPORT_MAX_BYTES) from the environment, like the service, and applies pending migrations
 * first, as the service does at start. (`run` is needed: pnpm 12 has a built-in `import`.)
 */
import { readFile } from 'node:fs/promises';
import { createDataSource, createLogger, postgresUrl } from '@equality-graph/service-kit';
import { z } from 'zod';
import { entities } from '../data/entities';
import { ImportRejectedError, importSsmsiCsv } from '../data/import';
import { SSMSI_LABELS } from '../data/ssmsi-csv';
import { migrations } from '../migrations';

const cliEnvironment = z.object({
  DATABASE_URL: postgresUrl,
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
});

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  const flag = args.indexOf('--indicator');
  const indicator = flag >= 0 ? args[flag + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1));
  if (!file || (flag >= 0 && !indicator)) {
    process.stderr.write('usage: pnpm --filter observatory run import FILE [--indicator CODE]\n');
    return 2;
  }
  const env = cliEnvironment.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) process.stderr.write(`${issue.path.join('.')}: ${issue.message}\n`);
    return 2;
  }
  const csv = await readFile(file, 'utf8');
  const db = createDataSource({ url: env.data.DATABASE_URL, entities, migrations, logger: createLogger('observatory-import', 'warn') });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const summary = await importSsmsiCsv(db, {
      indicators: indicator ? [indicator] : Object.keys(SSMSI_LABELS),
      csv,
      maxBytes: env.data.IMPORT_MAX_BYTES,
    });
    process.stdout.write(
      [
        `import ${summary.importId} (${summary.indicatorCodes.join(', ')}): ${summary.rows} rows read`,
        `  inserted ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged} (new and changed figures are DRAFT)`,
        `  not disseminated by the source (ndiff, stored without value): ${summary.notDisseminated}`,
        `  skipped: ${summary.skippedOtherDepartments} rows of other departments, ${summary.skippedOtherIndicators} rows of other indicators`,
        '',
      ].join('\n'),
    );
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
