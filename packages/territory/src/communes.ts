/**
 * The 36 communes of the Hauts-de-Seine (INSEE codes and official names), as published in
 * Etalab's `decoupage-administratif` reference data. Services other than the observatory use
 * this to validate a commune code without reading the observatory's database.
 */
export const DEPARTMENT_CODE = '92';

export const COMMUNES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '92002', name: 'Antony' },
  { code: '92004', name: 'Asnières-sur-Seine' },
  { code: '92007', name: 'Bagneux' },
  { code: '92009', name: 'Bois-Colombes' },
  { code: '92012', name: 'Boulogne-Billancourt' },
  { code: '92014', name: 'Bourg-la-Reine' },
  { code: '92019', name: 'Châtenay-Malabry' },
  { code: '92020', name: 'Châtillon' },
  { code: '92022', name: 'Chaville' },
  { code: '92023', name: 'Clamart' },
  { code: '92024', name: 'Clichy' },
  { code: '92025', name: 'Colombes' },
  { code: '92026', name: 'Courbevoie' },
  { code: '92032', name: 'Fontenay-aux-Roses' },
  { code: '92033', name: 'Garches' },
  { code: '92035', name: 'La Garenne-Colombes' },
  { code: '92036', name: 'Gennevilliers' },
  { code: '92040', name: 'Issy-les-Moulineaux' },
  { code: '92044', name: 'Levallois-Perret' },
  { code: '92046', name: 'Malakoff' },
  { code: '92047', name: 'Marnes-la-Coquette' },
  { code: '92048', name: 'Meudon' },
  { code: '92049', name: 'Montrouge' },
  { code: '92050', name: 'Nanterre' },
  { code: '92051', name: 'Neuilly-sur-Seine' },
  { code: '92060', name: 'Le Plessis-Robinson' },
  { code: '92062', name: 'Puteaux' },
  { code: '92063', name: 'Rueil-Malmaison' },
  { code: '92064', name: 'Saint-Cloud' },
  { code: '92071', name: 'Sceaux' },
  { code: '92072', name: 'Sèvres' },
  { code: '92073', name: 'Suresnes' },
  { code: '92075', name: 'Vanves' },
  { code: '92076', name: 'Vaucresson' },
  { code: '92077', name: "Ville-d'Avray" },
  { code: '92078', name: 'Villeneuve-la-Garenne' },
];

export const COMMUNE_CODES: ReadonlySet<string> = new Set(COMMUNES.map((c) => c.code));

export function isCommuneCode(code: string): boolean {
  return COMMUNE_CODES.has(code);
}
