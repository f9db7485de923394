// The all-or-nothing SSMSI import and the publication of drafts, shared by the mutations and the
// command-line import (cli/import.ts), so both write the same rows.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '@equality-graph/service-kit';
import { writePopulations } from './populations';
import { KeptBytesExceeded, SsmsiReader, SSMSI_LABELS, type LineError, type SsmsiReading, type SsmsiReaderOptions } from './ssmsi-csv';

export const SSMSI_SOURCE = 'SSMSI, base statistique communale de la délinquance enregistrée (import)';
export const SSMSI_POPULATION_SOURCE = 'SSMSI, insee_pop de la base statistique communale (import)';

/** The whole file is refused: nothing was written. `errors` lists every bad line. */
export class ImportRejectedError extends Error {
  constructor(
    message: string,
    readonly errors: LineError[] = [],
  ) {
    super(message);
  }
}

export interface ImportOutcome {
  importId: string;
  indicatorCodes: string[];
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  notDisseminated: number;
  skippedOtherDepartments: number;
  skippedOtherIndicators: number;
  /** Population figures (`insee_pop` per commune and vintage) stored or changed by this import. */
  populationsInserted: number;
  populationsUpdated: number;
}

/** Rows read so far and rows kept (this department, the asked indicators), for progress output. */
export interface ImportProgress {
  rowsRead: number;
  rowsKept: number;
}

export interface ImportOptions {
  /** Indicator codes to import (rows of other indicators are skipped); must be SSMSI commune-base ones. */
  indicators: readonly string[];
  /** The whole text (mutation), or its bytes in chunks of whole lines (a file streamed by the CLI, plain or gzipped). */
  csv: string | AsyncIterable<Buffer>;
  /** Limit on the bytes of the rows kept (this department, the asked indicators), not of the file. */
  maxBytes: number;
  /** Called after about every PROGRESS_EVERY rows read, and once at the end of reading. */
  onProgress?: (progress: ImportProgress) => void;
  /** Runs inside the import's transaction once rows are written (the audit row). */
  afterWrite?: (manager: EntityManager, summary: ImportOutcome) => Promise<void>;
}

interface Existing {
  id: string;
  indicatorCode: string;
  communeCode: string;
  period: string;
  value: number | null;
  disseminated: boolean;
  sourceRate: number | null;
}

export const PROGRESS_EVERY = 250_000;

/** Feeds the reader every line; stops early when the kept rows go over the limit. */
async function readAll(
  csv: string | AsyncIterable<Buffer>,
  options: SsmsiReaderOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<SsmsiReading> {
  const reader = new SsmsiReader(options);
  const progress = () => onProgress?.({ rowsRead: reader.reading.rowCount, rowsKept: reader.reading.keptRows });
  try {
    if (typeof csv === 'string') for (const line of csv.split(/\r?\n/)) reader.push(line);
    else {
      let reported = 0;
      for await (const chunk of csv) {
        reader.pushChunk(chunk);
        if (reader.reading.rowCount - reported >= PROGRESS_EVERY) {
          reported = reader.reading.rowCount;
          progress();
        }
      }
    }
  } catch (error) {
    if (!(error instanceof KeptBytesExceeded)) throw error;
  }
  progress();
  return reader.reading;
}

/**
 * All or nothing, in one transaction: a single bad row rejects the file. Rows that already hold
 * the same figure are left alone (re-importing a file changes nothing); changed figures get
 * this import's id and time and go back to DRAFT (to be published again after review).
 */
export async function importSsmsiCsv(db: DataSource, options: ImportOptions): Promise<ImportOutcome> {
  const unknown = options.indicators.filter((code) => !SSMSI_LABELS[code]);
  if (unknown.length > 0) {
    throw new ImportRejectedError(
      `Indicator ${unknown.join(', ')} is not in the SSMSI commune base; importable: ${Object.keys(SSMSI_LABELS).join(', ')}.`,
    );
  }
  const communes: { code: string }[] = await db.query('SELECT code FROM commune');
  const reading = await readAll(
    options.csv,
    {
      indicators: options.indicators,
      communeCodes: new Set(communes.map((c) => c.code)),
      maxYear: new Date().getFullYear(),
      maxKeptBytes: options.maxBytes,
    },
    options.onProgress,
  );
  if (reading.errors.length > 0) {
    throw new ImportRejectedError(`The file was rejected: ${reading.errors.length} bad line(s); nothing was imported.`, reading.errors);
  }

  const importId = randomUUID();
  const importedAt = new Date();
  return db.transaction(async (manager) => {
    const existing: Existing[] = await manager.query(
      `SELECT id, indicator_code AS "indicatorCode", commune_code AS "communeCode", period, value, disseminated, source_rate AS "sourceRate"
       FROM observation WHERE indicator_code = ANY($1::text[]) AND period = ANY($2::text[]) AND commune_code IS NOT NULL FOR UPDATE`,
      [[...options.indicators], [...new Set(reading.rows.map((r) => r.period))]],
    );
    const byKey = new Map(existing.map((e) => [`${e.indicatorCode}|${e.communeCode}|${e.period}`, e]));
    const inserts: unknown[][] = [];
    const updates: { id: string; value: number | null; disseminated: boolean; sourceRate: number | null; decimals: number | null }[] = [];
    for (const row of reading.rows) {
      const current = byKey.get(`${row.indicatorCode}|${row.communeCode}|${row.period}`);
      if (!current) {
        inserts.push([
          randomUUID(),
          row.indicatorCode,
          row.communeCode,
          row.period,
          row.value,
          row.disseminated,
          'DRAFT',
          SSMSI_SOURCE,
          importId,
          importedAt,
          row.sourceRate,
          row.sourceRateDecimals,
        ]);
      } else if (current.value !== row.value || current.disseminated !== row.disseminated || current.sourceRate !== row.sourceRate) {
        updates.push({
          id: current.id,
          value: row.value,
          disseminated: row.disseminated,
          sourceRate: row.sourceRate,
          decimals: row.sourceRateDecimals,
        });
      }
    }
    const columns = [
      'id',
      'indicator_code',
      'commune_code',
      'period',
      'value',
      'disseminated',
      'status',
      'source',
      'import_id',
      'imported_at',
      'source_rate',
      'source_rate_decimals',
    ];
    await bulkInsert(manager, 'observation', columns, inserts);
    if (updates.length > 0) {
      await manager.query(
        `UPDATE observation o SET value = u.value, disseminated = u.disseminated, source_rate = u.rate, source_rate_decimals = u.decimals,
                status = 'DRAFT', source = $6, import_id = $7, imported_at = $8
         FROM unnest($1::uuid[], $2::float8[], $3::boolean[], $4::float8[], $5::smallint[]) AS u(id, value, disseminated, rate, decimals)
         WHERE o.id = u.id`,
        [
          updates.map((u) => u.id),
          updates.map((u) => u.value),
          updates.map((u) => u.disseminated),
          updates.map((u) => u.sourceRate),
          updates.map((u) => u.decimals),
          SSMSI_SOURCE,
          importId,
          importedAt,
        ],
      );
    }
    const populations = await writePopulations(
      manager,
      reading.rows.flatMap((r) => (r.population ? [{ communeCode: r.communeCode, ...r.population }] : [])),
      { source: `${SSMSI_POPULATION_SOURCE} ${importId}`, importId, importedAt },
    );
    const summary: ImportOutcome = {
      importId,
      indicatorCodes: [...options.indicators],
      rows: reading.rowCount,
      inserted: inserts.length,
      updated: updates.length,
      unchanged: reading.rows.length - inserts.length - updates.length,
      notDisseminated: reading.rows.filter((r) => !r.disseminated).length,
      skippedOtherDepartments: reading.skippedOtherDepartments,
      skippedOtherIndicators: reading.skippedOtherIndicators,
      populationsInserted: populations.inserted,
      populationsUpdated: populations.updated,
    };
    await options.afterWrite?.(manager, summary);
    return summary;
  });
}

/** Drafts of one indicator and period become public; returns how many. */
export async function publishObservations(
  db: DataSource,
  indicator: string,
  period: string,
  afterWrite: (manager: EntityManager, published: number) => Promise<void>,
): Promise<number> {
  return db.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `UPDATE observation SET status = 'PUBLISHED' WHERE indicator_code = $1 AND period = $2 AND status = 'DRAFT' RETURNING id`,
      [indicator, period],
    );
    // node-postgres returns [rows, count] for UPDATE ... RETURNING through TypeORM.
    const published = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    await afterWrite(manager, published);
    return published;
  });
}

export interface PublishOutcome {
  indicatorCode: string;
  period: string;
  published: number;
}
