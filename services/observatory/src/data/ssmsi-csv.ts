/**
 * Reader for the SSMSI "base statistique communale de la délinquance enregistrée" CSV
 * (DESIGN.md 8.3): `;`-separated, decimal comma, `NA` for missing, one row per commune,
 * year and indicator. Pure: validation only, no database.
 */
export interface LineError {
  line: number;
  message: string;
}

export interface SsmsiRow {
  line: number;
  indicatorCode: string;
  communeCode: string;
  period: string;
  /** Null on `ndiff` rows: the source withheld the figure (complement_info_* is a departmental average, never stored). */
  value: number | null;
  disseminated: boolean;
}

export interface SsmsiReading {
  rows: SsmsiRow[];
  errors: LineError[];
  /** Data rows read (header excluded, blank lines ignored). */
  rowCount: number;
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

export function readSsmsiCsv(
  text: string,
  options: { indicators: readonly string[]; communeCodes: ReadonlySet<string>; maxYear: number },
): SsmsiReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const reading: SsmsiReading = { rows: [], errors: [], rowCount: 0, skippedOtherDepartments: 0, skippedOtherIndicators: 0 };
  const header = splitLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const codeColumn = header.findIndex((h) => /^codgeo_\d{4}$/.test(h));
  const missing = [...(codeColumn < 0 ? ['CODGEO_<année>'] : []), ...REQUIRED.filter((name) => !header.includes(name))];
  if (missing.length > 0) {
    reading.errors.push({ line: 1, message: `header: missing column(s) ${missing.join(', ')}` });
    return reading;
  }
  const column = (name: string) => header.indexOf(name);
  const labels = new Map<string, string>();
  for (const code of options.indicators) for (const label of SSMSI_LABELS[code] ?? []) labels.set(normalise(label), code);
  const seen = new Map<string, number>();

  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    reading.rowCount++;
    const fields = splitLine(raw);
    const error = (message: string) => reading.errors.push({ line, message });
    if (fields.length !== header.length) return void error(`expected ${header.length} fields, found ${fields.length}`);
    const communeCode = fields[codeColumn];
    if (!communeCode.startsWith('92')) return void reading.skippedOtherDepartments++;
    const indicatorCode = labels.get(normalise(fields[column('indicateur')]));
    if (!indicatorCode) return void reading.skippedOtherIndicators++;

    let valid = true;
    const fail = (message: string) => ((valid = false), error(message));
    if (!options.communeCodes.has(communeCode))
      fail(`unknown commune code "${communeCode}" (not one of the 36 communes of the Hauts-de-Seine)`);
    const period = fields[column('annee')];
    if (!/^\d{4}$/.test(period) || Number(period) < 2000 || Number(period) > options.maxYear) {
      fail(`bad year "${period}" (expected a year from 2000 to ${options.maxYear})`);
    }
    const status = fields[column('est_diffuse')];
    let value: number | null = null;
    if (status === 'diff') {
      const count = parseFrenchNumber(fields[column('nombre')]);
      if (count === undefined || count === null) fail(`nombre "${fields[column('nombre')]}" is not a number`);
      else if (count < 0) fail(`nombre ${count} is negative`);
      else if (!Number.isInteger(count)) fail(`nombre ${count} is not a whole count`);
      else value = count;
      if (parseFrenchNumber(fields[column('taux_pour_mille')]) === undefined)
        fail(`taux_pour_mille "${fields[column('taux_pour_mille')]}" is not a number`);
    } else if (status !== 'ndiff') {
      fail(`est_diffuse "${status}" must be diff or ndiff`);
    }
    const key = `${indicatorCode}|${communeCode}|${period}`;
    const first = seen.get(key);
    if (first !== undefined) fail(`duplicate row for commune ${communeCode} and year ${period} (first on line ${first})`);
    else seen.set(key, line);
    if (valid) reading.rows.push({ line, indicatorCode, communeCode, period, value, disseminated: status === 'diff' });
  });
  return reading;
}
