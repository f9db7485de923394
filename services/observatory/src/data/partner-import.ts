// The all-or-nothing import of partner figures (department, court and commune levels), shared by
// the `importPartnerFigures` mutation and the command line, with the SSMSI import's guarantees.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '@equality-graph/service-kit';
import { ImportRejectedError } from './import';
import { readPartnerCsv, type Level } from './partner-csv';

export interface PartnerImportOutcome {
  importId: string;
  indicatorCodes: string[];
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface PartnerImportOptions {
  csv: string;
  maxBytes: number;
  afterWrite?: (manager: EntityManager, summary: PartnerImportOutcome) => Promise<void>;
}

interface Stored {
  id: string;
  key: string;
  value: number | null;
  source: string;
  note: string | null;
  fictitious: boolean;
}

/**
 * One transaction: a single bad line rejects the file (every bad line is listed). A figure equal
 * to the stored one (value, source, note) is left alone, so the same file twice changes nothing;
 * a new or changed figure is a DRAFT carrying this import's id and time until it is published.
 */
export async function importPartnerFigures(db: DataSource, options: PartnerImportOptions): Promise<PartnerImportOutcome> {
  const bytes = Buffer.byteLength(options.csv, 'utf8');
  if (bytes > options.maxBytes) {
    throw new ImportRejectedError(`The file is ${bytes} bytes; the import limit is ${options.maxBytes} bytes (IMPORT_MAX_BYTES).`);
  }
  const [indicators, communes]: [{ code: string; level: Level }[], { code: string }[]] = await Promise.all([
    db.query('SELECT code, geographic_level AS level FROM indicator'),
    db.query('SELECT code FROM commune'),
  ]);
  const reading = readPartnerCsv(options.csv, {
    levels: new Map(indicators.map((i) => [i.code, i.level])),
    communeCodes: new Set(communes.map((c) => c.code)),
    maxYear: new Date().getFullYear(),
  });
  if (reading.errors.length > 0) {
    throw new ImportRejectedError(`The file was rejected: ${reading.errors.length} error(s); nothing was imported.`, reading.errors);
  }
  const importId = randomUUID();
  const importedAt = new Date();
  const keyOf = (r: { indicatorCode: string; communeCode: string | null; period: string }) =>
    `${r.indicatorCode}|${r.communeCode ?? ''}|${r.period}`;
  return db.transaction(async (manager) => {
    const stored: Stored[] = await manager.query(
      `SELECT id, indicator_code || '|' || coalesce(commune_code, '') || '|' || period AS key, value, source, note, fictitious
         FROM observation WHERE (indicator_code, coalesce(commune_code, ''), period) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
         FOR UPDATE`,
      [reading.rows.map((r) => r.indicatorCode), reading.rows.map((r) => r.communeCode ?? ''), reading.rows.map((r) => r.period)],
    );
    const byKey = new Map(stored.map((s) => [s.key, s]));
    const inserts: unknown[][] = [];
    const updates: { id: string; value: number; source: string; note: string | null }[] = [];
    for (const row of reading.rows) {
      const current = byKey.get(keyOf(row));
      if (!current) {
        inserts.push([
          randomUUID(),
          row.indicatorCode,
          row.communeCode,
          row.period,
          row.value,
          'DRAFT',
          row.source,
          row.note,
          importId,
          importedAt,
        ]);
      } else if (current.value !== row.value || current.source !== row.source || current.note !== row.note || current.fictitious) {
        updates.push({ id: current.id, value: row.value, source: row.source, note: row.note });
      }
    }
    await bulkInsert(
      manager,
      'observation',
      ['id', 'indicator_code', 'commune_code', 'period', 'value', 'status', 'source', 'note', 'import_id', 'imported_at'],
      inserts,
    );
    if (updates.length > 0) {
      await manager.query(
        `UPDATE observation o SET value = u.value, source = u.source, note = u.note, disseminated = true, fictitious = false,
                source_rate = NULL, source_rate_decimals = NULL, status = 'DRAFT', import_id = $5, imported_at = $6
           FROM unnest($1::uuid[], $2::float8[], $3::text[], $4::text[]) AS u(id, value, source, note) WHERE o.id = u.id`,
        [
          updates.map((u) => u.id),
          updates.map((u) => u.value),
          updates.map((u) => u.source),
          updates.map((u) => u.note),
          importId,
          importedAt,
        ],
      );
    }
    const summary: PartnerImportOutcome = {
      importId,
      indicatorCodes: [...new Set(reading.rows.map((r) => r.indicatorCode))].sort(),
      rows: reading.rowCount,
      inserted: inserts.length,
      updated: updates.length,
      unchanged: reading.rows.length - inserts.length - updates.length,
    };
    await options.afterWrite?.(manager, summary);
    return summary;
  });
}
