// Reader for the partner-figures template (department-, court- and commune-level figures sent by
// partners: FNSF, the Nanterre court, the FVV92 line, the State...). Pure: validation only.
import type { LineError } from './line-error';
import { parseFrenchNumber, splitLine } from './ssmsi-csv';

/** The template's columns, in any order; `;`-separated, UTF-8, decimal comma or point. */
export const PARTNER_COLUMNS = ['indicator', 'territory', 'period', 'value', 'source', 'note'] as const;
export const DEPARTMENT_TERRITORY = '92';
export const COURT_TERRITORY = 'TJ-NANTERRE';
/** Figures another service owns come through the graph, never through a file. */
export const NOT_IMPORTABLE: Record<string, string> = {
  PROFESSIONNELS_FORMES: 'comes from the training service through the graph, not from a file',
};

export type Level = 'COMMUNE' | 'DEPARTMENT' | 'COURT';

export interface PartnerRow {
  line: number;
  indicatorCode: string;
  /** Null for a department- or court-level figure. */
  communeCode: string | null;
  period: string;
  value: number;
  source: string;
  note: string | null;
}

export interface PartnerReading {
  rows: PartnerRow[];
  errors: LineError[];
  rowCount: number;
}

export interface PartnerReadOptions {
  /** Indicator code -> its finest geographic level. */
  levels: ReadonlyMap<string, Level>;
  communeCodes: ReadonlySet<string>;
  maxYear: number;
}

const MAX_SOURCE = 300;
const MAX_NOTE = 1000;

/** The territories an indicator's figures may be given for: its level, and the department for commune-level ones. */
function territoryOf(level: Level, territory: string, communes: ReadonlySet<string>): string | null | undefined {
  if (level === 'COURT') return territory === COURT_TERRITORY ? null : undefined;
  if (territory === DEPARTMENT_TERRITORY) return null;
  return level === 'COMMUNE' && communes.has(territory) ? territory : undefined;
}

const expectedTerritory = (level: Level) =>
  level === 'COURT'
    ? `"${COURT_TERRITORY}" (a court-level indicator)`
    : level === 'DEPARTMENT'
      ? `"${DEPARTMENT_TERRITORY}" (a department-level indicator)`
      : `one of the 36 INSEE codes or "${DEPARTMENT_TERRITORY}"`;

export function readPartnerCsv(text: string, options: PartnerReadOptions): PartnerReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const reading: PartnerReading = { rows: [], errors: [], rowCount: 0 };
  const header = splitLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const missing = PARTNER_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    reading.errors.push({ line: 1, message: `header: missing column(s) ${missing.join(', ')} (expected ${PARTNER_COLUMNS.join(';')})` });
    return reading;
  }
  const at = (fields: string[], name: (typeof PARTNER_COLUMNS)[number]) => fields[header.indexOf(name)] ?? '';
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    reading.rowCount++;
    const errors: string[] = [];
    const fields = splitLine(raw);
    if (fields.length !== header.length) {
      reading.errors.push({ line, message: `expected ${header.length} fields, found ${fields.length}` });
      return;
    }
    const indicatorCode = at(fields, 'indicator');
    const level = options.levels.get(indicatorCode);
    if (!level) errors.push(`unknown indicator "${indicatorCode}"`);
    else if (NOT_IMPORTABLE[indicatorCode]) errors.push(`${indicatorCode} ${NOT_IMPORTABLE[indicatorCode]}`);
    const territory = at(fields, 'territory');
    const communeCode = level ? territoryOf(level, territory, options.communeCodes) : undefined;
    if (level && communeCode === undefined)
      errors.push(`territory "${territory}" is not valid for ${indicatorCode}: expected ${expectedTerritory(level)}`);
    const period = at(fields, 'period');
    if (!/^\d{4}$/.test(period) || Number(period) < 2000 || Number(period) > options.maxYear) {
      errors.push(`bad period "${period}" (expected a year from 2000 to ${options.maxYear})`);
    }
    const value = parseFrenchNumber(at(fields, 'value'));
    if (value === undefined || value === null) errors.push(`value "${at(fields, 'value')}" is not a number`);
    else if (value < 0 || !Number.isInteger(value)) errors.push(`value ${value} is not a whole count of zero or more`);
    const source = at(fields, 'source');
    if (source === '') errors.push('source is empty (say where the figure comes from)');
    else if (source.length > MAX_SOURCE) errors.push(`source is longer than ${MAX_SOURCE} characters`);
    const note = at(fields, 'note');
    if (note.length > MAX_NOTE) errors.push(`note is longer than ${MAX_NOTE} characters`);
    const key = `${indicatorCode}|${communeCode ?? territory}|${period}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push(`duplicate figure for ${indicatorCode}, ${territory}, ${period} (first on line ${first})`);
    else seen.set(key, line);
    if (errors.length > 0) reading.errors.push(...errors.map((message) => ({ line, message })));
    else if (communeCode !== undefined && value !== undefined && value !== null) {
      reading.rows.push({ line, indicatorCode, communeCode, period, value, source, note: note === '' ? null : note });
    }
  });
  return reading;
}
