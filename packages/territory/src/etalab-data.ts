// Reads the reference files of Etalab's `decoupage-administratif` (the pinned release in this
// package's package.json): postal codes and EPT memberships come from there, never typed by hand.
import { readFileSync } from 'node:fs';

/** The release pinned in package.json; a new release is a reviewed upgrade, not a drift. */
export const DECOUPAGE_ADMINISTRATIF = '@etalab/decoupage-administratif';

export interface EtalabCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
  codesPostaux: string[];
}

export interface EtalabEpt {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}

// The package's index.js reads its files relative to the working directory, so the JSON files
// are read from the package's own folder instead.
function readData(file: 'communes' | 'ept'): unknown {
  return JSON.parse(readFileSync(require.resolve(`${DECOUPAGE_ADMINISTRATIF}/data/${file}.json`), 'utf8'));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const textList = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : []);

/** The communes of the file (current communes only: former and delegated ones share codes). */
export function etalabCommunes(): EtalabCommune[] {
  const rows = readData('communes');
  if (!Array.isArray(rows)) throw new Error(`${DECOUPAGE_ADMINISTRATIF}: communes.json is not a list`);
  return rows.flatMap((row: unknown) =>
    isRecord(row) && isText(row.code) && isText(row.nom) && isText(row.departement) && row.type === 'commune-actuelle'
      ? [{ code: row.code, nom: row.nom, departement: row.departement, type: row.type, codesPostaux: textList(row.codesPostaux) }]
      : [],
  );
}

/** The établissements publics territoriaux of the Métropole du Grand Paris and their members. */
export function etalabEpts(): EtalabEpt[] {
  const rows = readData('ept');
  if (!Array.isArray(rows)) throw new Error(`${DECOUPAGE_ADMINISTRATIF}: ept.json is not a list`);
  return rows.flatMap((row: unknown) => {
    if (!isRecord(row) || !isText(row.code) || !isText(row.nom) || !Array.isArray(row.membres)) return [];
    const membres = row.membres.flatMap((m: unknown) =>
      isRecord(m) && isText(m.code) && isText(m.nom) ? [{ code: m.code, nom: m.nom }] : [],
    );
    return [{ code: row.code, nom: row.nom, membres }];
  });
}
