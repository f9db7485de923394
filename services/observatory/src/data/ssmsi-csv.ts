/**
 * Reader for the SSMSI "base statistique communale de la délinquance enregistrée" CSV
 * (DESIGN.md 8.3): `;`-separated, decimal comma, `NA` for missing, one row per commune,
 * year and indicator. Pure: validation only, no database. Fed line by line, so the national
 * file (every department, over 100 MB) is filtered to the department while it is read.
 */
import { printedDecimals } from './rates';
import type { LineError } from './line-error';

export type { LineError } from './line-error';

/** The population SSMSI divided by (`insee_pop` of vintage `insee_pop_millesime`). */
export interface SsmsiPopulation {
  population: number;
  vintage: number;
}

export interface SsmsiRow {
  line: number;
  indicatorCode: string;
  communeCode: string;
  period: string;
  /** Null on `ndiff` rows: the source withheld the figure (complement_info_* is a departmental average, never stored). */
  value: number | null;
  disseminated: boolean;
  /** `taux_pour_mille` as printed, and its decimals (null on `ndiff` rows). */
  sourceRate: number | null;
  sourceRateDecimals: number | null;
  population: SsmsiPopulation | null;
}

export interface SsmsiReading {
  rows: SsmsiRow[];
  errors: LineError[];
  /** Data rows read (header excluded, blank lines ignored). */
  rowCount: number;
  /** Rows of the department and of the asked indicators, and their size in bytes (what the limit applies to). */
  keptRows: number;
  keptBytes: number;
  skippedOtherDepartments: number;
  skippedOtherIndicators: number;
}

/**
 * The `indicateur` labels of the SSMSI commune base, per indicator code. Editions up to 2023
 * (column `classe`) said "Coups et blessures volontaires intrafamiliaux"; since 2024
 * "Violences physiques intrafamiliales". Compared without case or accents.
 */
export const SSMSI_LABELS: Record<string, readonly string[]> = {
  VIOLENCES_PHYSIQUES_INTRAFAMILIALES: ['Violences physiques intrafamiliales', 'Coups et blessures volontaires intrafamiliaux'],
  VIOLENCES_SEXUELLES: ['Violences sexuelles'],
};

const normalise = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const REQUIRED = ['annee', 'indicateur', 'nombre', 'taux_pour_mille', 'est_diffuse', 'complement_info_nombre', 'complement_info_taux'];

/** Splits one line on `;`, honouring double quotes ("" inside quotes is a quote). */
export function splitLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((current += '"'), i++);
      else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') (fields.push(current.trim()), (current = ''));
    else current += ch;
  }
  fields.push(current.trim());
  return fields;
}

/** A French-format number ("1 234,5"), null for `NA`, undefined when it is not a number. */
export function parseFrenchNumber(text: string): number | null | undefined {
  if (text === 'NA' || text === '') return null;
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

export interface SsmsiReaderOptions {
  indicators: readonly string[];
  communeCodes: ReadonlySet<string>;
  maxYear: number;
  /** Stop (with an error on the line) once the kept rows exceed this many bytes. */
  maxKeptBytes?: number;
}

/** Signals that the kept rows went over the size limit: reading stops there. */
export class KeptBytesExceeded extends Error {}

const DEPARTMENT_PREFIX = '92';
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
const [NINE, TWO] = [0x39, 0x32];

/** A line starting with a code of another department (quoted or not); a line starting otherwise is read in full. */
function isOtherDepartment(chunk: Buffer, start: number): boolean {
  const at = chunk[start] === QUOTE ? start + 1 : start;
  const first = chunk[at];
  // A digit or letter (2A, 2B) opens a code: anything else (space, another quote) gets the full reading.
  const opensCode = (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a);
  return opensCode && !(first === NINE && chunk[at + 1] === TWO);
}

/**
 * Line-by-line reader: `push` each line in order, the header first. Rows of other departments
 * are dropped after reading only their code (no split, no validation), so a national file costs
 * little more than reading it.
 */
export class SsmsiReader {
  readonly reading: SsmsiReading = {
    rows: [],
    errors: [],
    rowCount: 0,
    keptRows: 0,
    keptBytes: 0,
    skippedOtherDepartments: 0,
    skippedOtherIndicators: 0,
  };
  private line = 0;
  private header: string[] | null = null;
  private codeColumn = -1;
  private columns = new Map<string, number>();
  private readonly labels = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  private readonly populations = new Map<string, { population: number; line: number }>();

  constructor(private readonly options: SsmsiReaderOptions) {
    for (const code of options.indicators) for (const label of SSMSI_LABELS[code] ?? []) this.labels.set(normalise(label), code);
  }

  push(raw: string): void {
    this.line++;
    if (this.line === 1) return this.readHeader(raw.replace(/^\uFEFF/, ''));
    if (!this.header || raw.trim() === '') return;
    this.reading.rowCount++;
    if (!this.inDepartment(raw)) return void this.reading.skippedOtherDepartments++;
    this.readRow(raw);
  }

  /**
   * Every line of a chunk of whole lines (UTF-8 bytes). When the commune code is the first field,
   * a row of another department is counted from its first bytes and never decoded: that is most
   * of a national file.
   */
  pushChunk(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      const stop = end > start && chunk[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
      if (this.header && this.codeColumn === 0 && stop > start && isOtherDepartment(chunk, start)) {
        this.line++;
        this.reading.rowCount++;
        this.reading.skippedOtherDepartments++;
      } else this.push(chunk.toString('utf8', start, stop));
      start = end + 1;
    }
  }

  private readHeader(raw: string): void {
    const header = splitLine(raw).map((h) => h.toLowerCase());
    this.codeColumn = header.findIndex((h) => /^codgeo_\d{4}$/.test(h));
    const missing = [...(this.codeColumn < 0 ? ['CODGEO_<année>'] : []), ...REQUIRED.filter((name) => !header.includes(name))];
    if (missing.length > 0) return void this.reading.errors.push({ line: 1, message: `header: missing column(s) ${missing.join(', ')}` });
    this.header = header;
    this.columns = new Map(header.map((name, index) => [name, index]));
  }

  /** The commune code is read without splitting the line when it is the first field (as SSMSI ships it). */
  private inDepartment(raw: string): boolean {
    if (this.codeColumn === 0) {
      const start = raw.charCodeAt(0) === 34 ? 1 : 0;
      return raw.startsWith(DEPARTMENT_PREFIX, start);
    }
    return (splitLine(raw)[this.codeColumn] ?? '').startsWith(DEPARTMENT_PREFIX);
  }

  private field(fields: string[], name: string): string {
    const index = this.columns.get(name);
    return index === undefined ? 'NA' : (fields[index] ?? '');
  }

  private readRow(raw: string): void {
    const { reading, options, line } = this;
    const header = this.header ?? [];
    const fields = splitLine(raw);
    const error = (message: string) => reading.errors.push({ line, message });
    if (fields.length !== header.length) return void error(`expected ${header.length} fields, found ${fields.length}`);
    const communeCode = fields[this.codeColumn];
    const indicatorCode = this.labels.get(normalise(this.field(fields, 'indicateur')));
    if (!indicatorCode) return void reading.skippedOtherIndicators++;
    reading.keptRows++;
    reading.keptBytes += Buffer.byteLength(raw, 'utf8') + 1;
    if (options.maxKeptBytes !== undefined && reading.keptBytes > options.maxKeptBytes) {
      error(`the department's rows exceed ${options.maxKeptBytes} bytes (IMPORT_MAX_BYTES); reading stopped here`);
      throw new KeptBytesExceeded();
    }

    let valid = true;
    const fail = (message: string) => ((valid = false), error(message));
    if (!options.communeCodes.has(communeCode))
      fail(`unknown commune code "${communeCode}" (not one of the 36 communes of the Hauts-de-Seine)`);
    const period = this.field(fields, 'annee');
    if (!/^\d{4}$/.test(period) || Number(period) < 2000 || Number(period) > options.maxYear) {
      fail(`bad year "${period}" (expected a year from 2000 to ${options.maxYear})`);
    }
    const status = this.field(fields, 'est_diffuse');
    let value: number | null = null;
    let sourceRate: number | null = null;
    let sourceRateDecimals: number | null = null;
    if (status === 'diff') {
      const count = parseFrenchNumber(this.field(fields, 'nombre'));
      if (count === undefined || count === null) fail(`nombre "${this.field(fields, 'nombre')}" is not a number`);
      else if (count < 0) fail(`nombre ${count} is negative`);
      else if (!Number.isInteger(count)) fail(`nombre ${count} is not a whole count`);
      else value = count;
      const rateText = this.field(fields, 'taux_pour_mille');
      const rate = parseFrenchNumber(rateText);
      if (rate === undefined) fail(`taux_pour_mille "${rateText}" is not a number`);
      else if (rate !== null) ((sourceRate = rate), (sourceRateDecimals = printedDecimals(rateText)));
    } else if (status !== 'ndiff') {
      fail(`est_diffuse "${status}" must be diff or ndiff`);
    }
    const population = this.readPopulation(fields, communeCode, fail);
    const key = `${indicatorCode}|${communeCode}|${period}`;
    const first = this.seen.get(key);
    if (first !== undefined) fail(`duplicate row for commune ${communeCode} and year ${period} (first on line ${first})`);
    else this.seen.set(key, line);
    if (valid)
      reading.rows.push({
        line,
        indicatorCode,
        communeCode,
        period,
        value,
        disseminated: status === 'diff',
        sourceRate,
        sourceRateDecimals,
        population,
      });
  }

  /** `insee_pop` of vintage `insee_pop_millesime`, when both are given; one figure per commune and vintage in a file. */
  private readPopulation(fields: string[], communeCode: string, fail: (message: string) => void): SsmsiPopulation | null {
    const populationText = this.field(fields, 'insee_pop');
    const vintageText = this.field(fields, 'insee_pop_millesime');
    if (populationText === 'NA' || vintageText === 'NA') return null;
    const population = parseFrenchNumber(populationText);
    if (population === undefined || population === null || !Number.isInteger(population) || population <= 0) {
      fail(`insee_pop "${populationText}" is not a population`);
      return null;
    }
    if (!/^\d{4}$/.test(vintageText) || Number(vintageText) > this.options.maxYear) {
      fail(`insee_pop_millesime "${vintageText}" is not a year`);
      return null;
    }
    const vintage = Number(vintageText);
    const key = `${communeCode}|${vintage}`;
    const known = this.populations.get(key);
    if (known && known.population !== population) {
      fail(`insee_pop ${population} for ${communeCode} in ${vintage} differs from line ${known.line} (${known.population})`);
      return null;
    }
    if (!known) this.populations.set(key, { population, line: this.line });
    return { population, vintage };
  }
}
