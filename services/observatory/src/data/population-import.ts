// The import of an INSEE "populations légales" file for one vintage: the department's communes are
// kept, other rows skipped; all or nothing, idempotent, with the SSMSI import's guarantees.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ImportRejectedError } from './import';
import type { LineError } from './line-error';
import { writePopulations, type PopulationFigure } from './populations';
import { parseFrenchNumber, splitLine } from './ssmsi-csv';

export const INSEE_POPULATION_SOURCE = (vintage: number) => `INSEE, populations légales ${vintage} (population municipale, import)`;

export interface PopulationImportOutcome {
  importId: string;
  vintage: number;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skippedOtherDepartments: number;
}

export interface PopulationImportOptions {
  vintage: number;
  csv: string;
  maxBytes: number;
  afterWrite?: (manager: EntityManager, summary: PopulationImportOutcome) => Promise<void>;
}

/**
 * The commune code: `DEP` + `CODCOM` (INSEE's donnees_communes layout), or one column holding
 * the five-character code (`CODGEO`, `DEPCOM` or `COM`).
 */
function codeReader(header: string[]): ((fields: string[]) => string) | null {
  const dep = header.indexOf('dep');
  const codcom = header.indexOf('codcom');
  if (dep >= 0 && codcom >= 0) return (f) => `${f[dep] ?? ''}${(f[codcom] ?? '').padStart(3, '0')}`;
  const single = ['codgeo', 'depcom', 'com'].map((name) => header.indexOf(name)).find((i) => i >= 0);
  return single === undefined ? null : (f) => f[single] ?? '';
}

export function readPopulationCsv(
  text: string,
  communeCodes: ReadonlySet<string>,
): { figures: Omit<PopulationFigure, 'vintage'>[]; errors: LineError[]; rowCount: number; skipped: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const split = (line: string) => (separator === ';' ? splitLine(line) : line.split(',').map((f) => f.trim().replace(/^"|"$/g, '')));
  const header = split(lines[0] ?? '').map((h) => h.toLowerCase());
  const code = codeReader(header);
  const pmun = header.indexOf('pmun');
  const result = { figures: [] as Omit<PopulationFigure, 'vintage'>[], errors: [] as LineError[], rowCount: 0, skipped: 0 };
  if (!code || pmun < 0) {
    result.errors.push({ line: 1, message: 'header: expected PMUN and a commune code (DEP and CODCOM, or CODGEO, DEPCOM or COM)' });
    return result;
  }
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    result.rowCount++;
    const fields = split(raw);
    const communeCode = code(fields);
    if (!communeCode.startsWith('92')) return void result.skipped++;
    const error = (message: string) => result.errors.push({ line, message });
    if (!communeCodes.has(communeCode)) return void error(`unknown commune code "${communeCode}"`);
    const population = parseFrenchNumber(fields[pmun] ?? '');
    if (population === undefined || population === null || !Number.isInteger(population) || population <= 0) {
      return void error(`PMUN "${fields[pmun] ?? ''}" is not a population`);
    }
    const first = seen.get(communeCode);
    if (first !== undefined) return void error(`duplicate commune ${communeCode} (first on line ${first})`);
    seen.set(communeCode, line);
    result.figures.push({ communeCode, population });
  });
  const missing = [...communeCodes].filter((c) => !seen.has(c));
  if (result.errors.length === 0 && missing.length > 0) {
    result.errors.push({ line: 1, message: `the file lacks ${missing.length} commune(s) of the department: ${missing.join(', ')}` });
  }
  return result;
}

export async function importPopulations(db: DataSource, options: PopulationImportOptions): Promise<PopulationImportOutcome> {
  const bytes = Buffer.byteLength(options.csv, 'utf8');
  if (bytes > options.maxBytes) {
    throw new ImportRejectedError(`The file is ${bytes} bytes; the import limit is ${options.maxBytes} bytes (IMPORT_MAX_BYTES).`);
  }
  const maxYear = new Date().getFullYear();
  if (!Number.isInteger(options.vintage) || options.vintage < 1990 || options.vintage > maxYear) {
    throw new ImportRejectedError(`vintage ${options.vintage} is not a year from 1990 to ${maxYear}.`);
  }
  const communes: { code: string }[] = await db.query('SELECT code FROM commune');
  const reading = readPopulationCsv(options.csv, new Set(communes.map((c) => c.code)));
  if (reading.errors.length > 0) {
    throw new ImportRejectedError(`The file was rejected: ${reading.errors.length} error(s); nothing was imported.`, reading.errors);
  }
  const importId = randomUUID();
  return db.transaction(async (manager) => {
    const written = await writePopulations(
      manager,
      reading.figures.map((f) => ({ ...f, vintage: options.vintage })),
      { source: `${INSEE_POPULATION_SOURCE(options.vintage)} ${importId}`, importId, importedAt: new Date() },
    );
    const summary: PopulationImportOutcome = {
      importId,
      vintage: options.vintage,
      rows: reading.rowCount,
      ...written,
      skippedOtherDepartments: reading.skipped,
    };
    await options.afterWrite?.(manager, summary);
    return summary;
  });
}
