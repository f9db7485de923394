// Postal codes of the department's communes, from Etalab's reference data (La Poste's codes as it
// ships them): Nanterre is 92000 by post and 92050 for INSEE.
import { DEPARTMENT_CODE } from './communes';
import { etalabCommunes } from './etalab-data';

let byCommune: ReadonlyMap<string, readonly string[]> | null = null;

/** Read once, on first use (the source file covers every commune of France). */
function postalCodesByCommune(): ReadonlyMap<string, readonly string[]> {
  byCommune ??= new Map(
    etalabCommunes()
      .filter((c) => c.departement === DEPARTMENT_CODE)
      .map((c) => [c.code, [...c.codesPostaux].sort()]),
  );
  return byCommune;
}

/** A commune's postal codes (Meudon has two), empty for a code outside the department. */
export function postalCodesOf(communeCode: string): readonly string[] {
  return postalCodesByCommune().get(communeCode) ?? [];
}

/** INSEE codes of the communes a postal code serves (in the department, one each today). */
export function communesOfPostalCode(postalCode: string): string[] {
  return [...postalCodesByCommune()].filter(([, codes]) => codes.includes(postalCode)).map(([code]) => code);
}

/** Every postal code of the department, sorted. */
export function departmentPostalCodes(): string[] {
  return [...new Set([...postalCodesByCommune().values()].flat())].sort();
}
