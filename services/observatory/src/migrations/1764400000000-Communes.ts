// Migration: the commune table and its 2022 populations (reference data, not demo data).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Population municipale 2022 (INSEE), via Etalab's decoupage-administratif; total 1,647,435. */
const COMMUNES_2022: [string, string, number][] = [
  ['92002', 'Antony', 64026],
  ['92004', 'Asnières-sur-Seine', 91457],
  ['92007', 'Bagneux', 43647],
  ['92009', 'Bois-Colombes', 29376],
  ['92012', 'Boulogne-Billancourt', 120205],
  ['92014', 'Bourg-la-Reine', 21140],
  ['92019', 'Châtenay-Malabry', 35490],
  ['92020', 'Châtillon', 36224],
  ['92022', 'Chaville', 20198],
  ['92023', 'Clamart', 56882],
  ['92024', 'Clichy', 65102],
  ['92025', 'Colombes', 90692],
  ['92026', 'Courbevoie', 81945],
  ['92032', 'Fontenay-aux-Roses', 24586],
  ['92033', 'Garches', 17705],
  ['92035', 'La Garenne-Colombes', 29828],
  ['92036', 'Gennevilliers', 50874],
  ['92040', 'Issy-les-Moulineaux', 67695],
  ['92044', 'Levallois-Perret', 68412],
  ['92046', 'Malakoff', 30183],
  ['92047', 'Marnes-la-Coquette', 1758],
  ['92048', 'Meudon', 46722],
  ['92049', 'Montrouge', 46273],
  ['92050', 'Nanterre', 98119],
  ['92051', 'Neuilly-sur-Seine', 59200],
  ['92060', 'Le Plessis-Robinson', 28893],
  ['92062', 'Puteaux', 44198],
  ['92063', 'Rueil-Malmaison', 80842],
  ['92064', 'Saint-Cloud', 29859],
  ['92071', 'Sceaux', 20740],
  ['92072', 'Sèvres', 22782],
  ['92073', 'Suresnes', 48932],
  ['92075', 'Vanves', 28507],
  ['92076', 'Vaucresson', 8506],
  ['92077', "Ville-d'Avray", 10871],
  ['92078', 'Villeneuve-la-Garenne', 25566],
];

export class Communes1764400000000 implements MigrationInterface {
  name = 'Communes1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE commune (
        code text PRIMARY KEY CHECK (code ~ '^92[0-9]{3}$'),
        name text NOT NULL UNIQUE,
        population integer NOT NULL CHECK (population >= 0),
        population_year smallint NOT NULL
      )`);
    for (const [code, name, population] of COMMUNES_2022) {
      await db.query('INSERT INTO commune (code, name, population, population_year) VALUES ($1, $2, $3, 2022)', [code, name, population]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE commune');
  }
}
