/**
 * The 36 communes of the Hauts-de-Seine (INSEE codes and official names), as published in
 * Etalab's `decoupage-administratif` reference data. Services other than the observatory use
 * this to validate a commune code without reading the observatory's database.
 */
export const DEPARTMENT_CODE = '92';

/** `population`: population municipale 2022 (INSEE); the observatory keeps the vintage. */
export const COMMUNES: ReadonlyArray<{ code: string; name: string; population: number }> = [
  { code: '92002', name: 'Antony', population: 64026 },
  { code: '92004', name: 'Asnières-sur-Seine', population: 91457 },
  { code: '92007', name: 'Bagneux', population: 43647 },
  { code: '92009', name: 'Bois-Colombes', population: 29376 },
  { code: '92012', name: 'Boulogne-Billancourt', population: 120205 },
  { code: '92014', name: 'Bourg-la-Reine', population: 21140 },
  { code: '92019', name: 'Châtenay-Malabry', population: 35490 },
  { code: '92020', name: 'Châtillon', population: 36224 },
  { code: '92022', name: 'Chaville', population: 20198 },
  { code: '92023', name: 'Clamart', population: 56882 },
  { code: '92024', name: 'Clichy', population: 65102 },
  { code: '92025', name: 'Colombes', population: 90692 },
  { code: '92026', name: 'Courbevoie', population: 81945 },
  { code: '92032', name: 'Fontenay-aux-Roses', population: 24586 },
  { code: '92033', name: 'Garches', population: 17705 },
  { code: '92035', name: 'La Garenne-Colombes', population: 29828 },
  { code: '92036', name: 'Gennevilliers', population: 50874 },
  { code: '92040', name: 'Issy-les-Moulineaux', population: 67695 },
  { code: '92044', name: 'Levallois-Perret', population: 68412 },
  { code: '92046', name: 'Malakoff', population: 30183 },
  { code: '92047', name: 'Marnes-la-Coquette', population: 1758 },
  { code: '92048', name: 'Meudon', population: 46722 },
  { code: '92049', name: 'Montrouge', population: 46273 },
  { code: '92050', name: 'Nanterre', population: 98119 },
  { code: '92051', name: 'Neuilly-sur-Seine', population: 59200 },
  { code: '92060', name: 'Le Plessis-Robinson', population: 28893 },
  { code: '92062', name: 'Puteaux', population: 44198 },
  { code: '92063', name: 'Rueil-Malmaison', population: 80842 },
  { code: '92064', name: 'Saint-Cloud', population: 29859 },
  { code: '92071', name: 'Sceaux', population: 20740 },
  { code: '92072', name: 'Sèvres', population: 22782 },
  { code: '92073', name: 'Suresnes', population: 48932 },
  { code: '92075', name: 'Vanves', population: 28507 },
  { code: '92076', name: 'Vaucresson', population: 8506 },
  { code: '92077', name: "Ville-d'Avray", population: 10871 },
  { code: '92078', name: 'Villeneuve-la-Garenne', population: 25566 },
];

export const COMMUNE_CODES: ReadonlySet<string> = new Set(COMMUNES.map((c) => c.code));

export function isCommuneCode(code: string): boolean {
  return COMMUNE_CODES.has(code);
}

/** What a subgraph other than the observatory holds of a commune: its key. */
export interface CommuneReference {
  code: string;
}
