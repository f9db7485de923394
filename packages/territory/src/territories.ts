// The établissements publics territoriaux (EPT) the department's communes belong to, from
// Etalab's reference data: the grouping level between commune and department for figures.
import { COMMUNE_CODES } from './communes';
import { etalabEpts } from './etalab-data';

export interface Territory {
  /** The EPT's SIREN, as the source identifies it. */
  code: string;
  name: string;
  /** INSEE codes of its communes in the department, sorted. */
  communeCodes: readonly string[];
  /** Members outside the department (Argenteuil, Val-d'Oise, in Boucle Nord de Seine). */
  outsideMembers: readonly { code: string; name: string }[];
}

let territories: readonly Territory[] | null = null;

/** The EPTs with at least one commune of the department (four), by name. */
export function departmentTerritories(): readonly Territory[] {
  territories ??= etalabEpts()
    .map((ept) => ({
      code: ept.code,
      name: ept.nom,
      communeCodes: ept.membres
        .filter((m) => COMMUNE_CODES.has(m.code))
        .map((m) => m.code)
        .sort(),
      outsideMembers: ept.membres.filter((m) => !COMMUNE_CODES.has(m.code)).map((m) => ({ code: m.code, name: m.nom })),
    }))
    .filter((t) => t.communeCodes.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return territories;
}

export function territoryByCode(code: string): Territory | null {
  return departmentTerritories().find((t) => t.code === code) ?? null;
}

/** The EPT a commune of the department belongs to; null for a code it does not know. */
export function territoryOf(communeCode: string): Territory | null {
  return departmentTerritories().find((t) => t.communeCodes.includes(communeCode)) ?? null;
}
