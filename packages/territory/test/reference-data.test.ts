// The department's reference data against Etalab's files: the communes typed in communes.ts, the
// postal codes and the four EPTs read from the pinned release.
import { COMMUNES, communesOfPostalCode, departmentPostalCodes, departmentTerritories, postalCodesOf, territoryOf } from '../src';
import { etalabCommunes } from '../src/etalab-data';

test('the 36 communes typed in communes.ts are the department’s current communes in the source, name for name', () => {
  const source = etalabCommunes().filter((c) => c.departement === '92');
  expect(source.map((c) => [c.code, c.nom]).sort()).toEqual(COMMUNES.map((c) => [c.code, c.name]).sort());
});

test('Nanterre is 92000 by post and 92050 for INSEE; Meudon has two postal codes', () => {
  expect(postalCodesOf('92050')).toEqual(['92000']);
  expect(communesOfPostalCode('92000')).toEqual(['92050']);
  expect(postalCodesOf('92048')).toEqual(['92190', '92360']);
  expect(postalCodesOf('75056')).toEqual([]);
  // Every commune has at least one, and no two communes of the department share one.
  const all = COMMUNES.flatMap((c) => postalCodesOf(c.code));
  expect(all.every((code) => /^92[0-9]{3}$/.test(code))).toBe(true);
  expect(new Set(all).size).toBe(all.length);
  expect(departmentPostalCodes()).toHaveLength(all.length);
});

test('the four EPTs cover each of the 36 communes exactly once; Boucle Nord de Seine also holds Argenteuil', () => {
  const territories = departmentTerritories();
  expect(territories.map((t) => t.name)).toEqual([
    'Boucle Nord de Seine',
    'Grand Paris Seine Ouest',
    'Paris Ouest La Défense',
    'Vallée Sud-Grand Paris',
  ]);
  const members = territories.flatMap((t) => t.communeCodes);
  expect(members.sort()).toEqual(COMMUNES.map((c) => c.code).sort());
  expect(territories.map((t) => t.communeCodes.length)).toEqual([6, 8, 11, 11]);
  const outside = territories.flatMap((t) => t.outsideMembers.map((m) => [t.name, m.code, m.name]));
  expect(outside).toEqual([['Boucle Nord de Seine', '95018', 'Argenteuil']]);
  expect(territoryOf('92050')?.name).toBe('Paris Ouest La Défense');
  expect(territoryOf('92047')?.name).toBe('Grand Paris Seine Ouest');
  expect(territoryOf('95018')).toBeNull();
});
