// Migration: population vintages per commune (INSEE populations légales from Etalab's package,
// stored here so a package upgrade never changes a stored figure), the columns partner figures
// and SSMSI's own rates need, and the end of the stored copy of training's figure.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which release of `@etalab/decoupage-administratif` (npm) carries which INSEE vintage (population
 * municipale, "populations légales"), read from the INSEE page each release's README cites and
 * checked by the department total: the figures below were copied from those releases once.
 */
export const PACKAGE_VINTAGES: { vintage: number; release: string; departmentTotal: number }[] = [
  { vintage: 2019, release: '1.1.1', departmentTotal: 1_624_357 },
  { vintage: 2020, release: '2.3.1', departmentTotal: 1_626_213 },
  { vintage: 2021, release: '4.0.0', departmentTotal: 1_635_291 },
  { vintage: 2022, release: '4.1.0', departmentTotal: 1_647_435 },
  { vintage: 2023, release: '5.3.0', departmentTotal: 1_654_712 },
];

/** Per commune: INSEE code, then population municipale 2019, 2020, 2021, 2022, 2023. */
const POPULATIONS: [string, number, number, number, number, number][] = [
  ['92002', 62760, 62906, 63232, 64026, 64263],
  ['92004', 87143, 88004, 89662, 91457, 93941],
  ['92007', 40936, 41967, 43699, 43647, 44572],
  ['92009', 28841, 29555, 29765, 29376, 28909],
  ['92012', 121583, 120911, 119808, 120205, 119019],
  ['92014', 21050, 20974, 20810, 21140, 21019],
  ['92019', 34021, 34383, 34898, 35490, 35825],
  ['92020', 36639, 36392, 36777, 36224, 36705],
  ['92022', 20771, 20524, 19991, 20198, 20594],
  ['92023', 52925, 53179, 54491, 56882, 58576],
  ['92024', 63089, 62933, 64849, 65102, 64410],
  ['92025', 86534, 86775, 88870, 90692, 91053],
  ['92026', 81558, 82074, 81516, 81945, 82902],
  ['92032', 25531, 25174, 24772, 24586, 24070],
  ['92033', 17795, 17557, 17898, 17705, 17743],
  ['92035', 29642, 29624, 29932, 29828, 30197],
  ['92036', 48530, 49880, 49410, 50874, 50979],
  ['92040', 67981, 67937, 68580, 67695, 67669],
  ['92044', 66082, 67258, 68009, 68412, 68092],
  ['92046', 30950, 31230, 30292, 30183, 30557],
  ['92047', 1774, 1756, 1745, 1758, 1752],
  ['92048', 45818, 45825, 46342, 46722, 46334],
  ['92049', 48352, 47907, 47657, 46273, 46324],
  ['92050', 96277, 95782, 97351, 98119, 97783],
  ['92051', 59599, 59388, 59267, 59200, 59538],
  ['92060', 30061, 29562, 29228, 28893, 28848],
  ['92062', 45157, 44009, 43672, 44198, 44002],
  ['92063', 78317, 78265, 78186, 80842, 82874],
  ['92064', 30012, 29560, 29727, 29859, 29855],
  ['92071', 20004, 20359, 20488, 20740, 20884],
  ['92072', 23463, 23108, 22618, 22782, 22303],
  ['92073', 49311, 49482, 49104, 48932, 48956],
  ['92075', 27846, 27871, 28014, 28507, 28622],
  ['92076', 8683, 8627, 8566, 8506, 8432],
  ['92077', 11225, 10883, 10694, 10871, 11089],
  ['92078', 24097, 24592, 25371, 25566, 26021],
];

export const packageSource = (vintage: number, release: string) =>
  `INSEE, populations légales ${vintage} (population municipale), via @etalab/decoupage-administratif ${release}`;

export class PopulationVintagesPartnerFigures1764810000000 implements MigrationInterface {
  name = 'PopulationVintagesPartnerFigures1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE commune_population (
        commune_code text NOT NULL CONSTRAINT commune_population_commune_code_fkey REFERENCES commune (code),
        vintage smallint NOT NULL CONSTRAINT commune_population_vintage_check CHECK (vintage BETWEEN 1990 AND 2100),
        population integer NOT NULL CONSTRAINT commune_population_population_check CHECK (population > 0),
        source text NOT NULL,
        import_id uuid,
        imported_at timestamptz,
        CONSTRAINT commune_population_pkey PRIMARY KEY (commune_code, vintage)
      )`);
    for (const [index, { vintage, release, departmentTotal }] of PACKAGE_VINTAGES.entries()) {
      const figures = POPULATIONS.map((row) => row.slice(1)[index] as number);
      const total = figures.reduce((sum, population) => sum + population, 0);
      if (total !== departmentTotal) throw new Error(`vintage ${vintage}: communes sum to ${total}, not ${departmentTotal}`);
      await db.query(
        `INSERT INTO commune_population (commune_code, vintage, population, source)
         SELECT code, $1, population, $2 FROM unnest($3::text[], $4::int[]) AS p(code, population)`,
        [vintage, packageSource(vintage, release), POPULATIONS.map((row) => row[0]), figures],
      );
    }
    await db.query('ALTER TABLE observation ADD COLUMN source_rate double precision');
    await db.query('ALTER TABLE observation ADD COLUMN source_rate_decimals smallint');
    await db.query('ALTER TABLE observation ADD COLUMN note text');
    // Training's figure is read from training at query time; the demo's invented copy contradicted it.
    await db.query(`DELETE FROM observation WHERE indicator_code = 'PROFESSIONNELS_FORMES' AND fictitious`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE observation DROP COLUMN note');
    await db.query('ALTER TABLE observation DROP COLUMN source_rate_decimals');
    await db.query('ALTER TABLE observation DROP COLUMN source_rate');
    await db.query('DROP TABLE commune_population');
  }
}
