// The all-or-nothing SSMSI import and the publication of drafts, shared by the mutations and the
// command-line import (cli/import.ts), so both write the same rows.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '@equality-graph/service-kit';
import { readSsmsiCsv, SSMSI_LABELS, type LineError } from './ssmsi-csv';

export const SSMSI_SOURCE = 'SSMSI, base statistique communale de la délinquance enregistrée (import)';

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
}

export interface ImportOptions {
  /** Indicator codes to import (rows of other indicators are skipped); must be SSMSI commune-base ones. */
  indicators: readonly string[];
  csv: string;
  maxBytes: number;
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
}

/**
 * All or nothing, in one transaction: a single bad row rejects the file. Rows that already hold
 * the same figure are left alone (re-importing a file changes nothing); changed figures get
 * this import's id and time and go back to DRAFT (to be published again after review).
 */
export async function importSsmsiCsv(db: DataSource, options: ImportOptions): Promise<ImportOutcome> {
  const bytes = Buffer.byteLength(options.csv, 'utf8');
  if (bytes > options.maxBytes) {
    throw new ImportRejectedError(`The file is ${bytes} bytes; the import limit is ${options.maxBytes} bytes (IMPORT_MAX_BYTES).`);
  }
  const unknown = options.indicators.filter((code) => !SSMSI_LABELS[code]);
  if (unknown.length > 0) {
    throw new ImportRejectedError(
      `Indicator ${unknown.join(', ')} is not in the SSMSI commune base; importable: ${Object.keys(SSMSI_LABELS).join(', ')}.`,
    );
  }
  const communes: { code: string }[] = await db.query('SELECT code FROM commune');
  const reading = readSsmsiCsv(options.csv, {
    indicators: options.indicators,
    communeCodes: new Set(communes.map((c) => c.code)),
    maxYear: new Date().getFullYear(),
  });
  if (reading.errors.length > 0) {
    throw new ImportRejectedError(`The file was rejected: ${reading.errors.length} bad line(s); nothing was imported.`, reading.errors);
  }

  const importId = randomUUID();
  const importedAt = new Date();
  return db.transaction(async (manager) => {
    const existing: Existing[] = await manager.query(
      `SELECT id, indicator_code AS "indicatorCode", commune_code AS "communeCode", period, value, disseminated
       FROM observation WHERE indicator_code = ANY($1::text[]) AND period = ANY($2::text[]) AND commune_code IS NOT NULL FOR UPDATE`,
      [[...options.indicators], [...new Set(reading.rows.map((r) => r.period))]],
    );
    const byKey = new Map(existing.map((e) => [`${e.indicatorCode}|${e.communeCode}|${e.period}`, e]));
    const inserts: unknown[][] = [];
    const updates: { id: string; value: number | null; disseminated: boolean }[] = [];
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
        ]);
      } else if (current.value !== row.value || current.disseminated !== row.disseminated) {
        updates.push({ id: current.id, value: row.value, disseminated: row.disseminated });
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
    ];
    await bulkInsert(manager, 'observation', columns, inserts);
    if (updates.length > 0) {
      await manager.query(
        `UPDATE observation o SET value = u.value, disseminated = u.disseminated, status = 'DRAFT', source = $4, import_id = $5, imported_at = $6
         FROM unnest($1::uuid[], $2::float8[], $3::boolean[]) AS u(id, value, disseminated) WHERE o.id = u.id`,
        [updates.map((u) => u.id), updates.map((u) => u.value), updates.map((u) => u.disseminated), SSMSI_SOURCE, importId, importedAt],
      );
    }
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
