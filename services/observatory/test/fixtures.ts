// Shared test data of the observatory: a small set of figures with known suppression, and an
// audit row counter.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Sexual violence figures chosen so that, with the default threshold of 5, Sceaux (3) is
 * withheld in 2023 and Vaucresson (8, the smallest other non-zero cell) is withheld with it.
 * 2024 is a draft. A department-level femicide count of 2 in 2023 is withheld by itself.
 */
export const FIXTURE: [string, string | null, string, number, 'DRAFT' | 'PUBLISHED'][] = [
  ['VIOLENCES_SEXUELLES', '92050', '2023', 50, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92025', '2023', 40, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92071', '2023', 3, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92076', '2023', 8, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92047', '2023', 0, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92050', '2022', 45, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92025', '2022', 30, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92071', '2022', 10, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92076', '2022', 7, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92047', '2022', 0, 'PUBLISHED'],
  ['VIOLENCES_SEXUELLES', '92050', '2024', 60, 'DRAFT'],
  ['VIOLENCES_SEXUELLES', '92071', '2024', 2, 'DRAFT'],
  ['FEMINICIDES_CONJUGAUX', null, '2023', 2, 'PUBLISHED'],
  ['FEMINICIDES_CONJUGAUX', null, '2022', 7, 'PUBLISHED'],
];

export async function loadFixture(db: DataSource): Promise<void> {
  for (const [indicator, commune, period, value, status] of FIXTURE) {
    await db.query(
      `INSERT INTO observation (id, indicator_code, commune_code, period, value, status, source) VALUES ($1, $2, $3, $4, $5, $6, 'test')`,
      [randomUUID(), indicator, commune, period, value, status],
    );
  }
}

export const auditCount = async (db: DataSource, action: string): Promise<number> =>
  (await db.query('SELECT count(*)::int AS n FROM audit_log WHERE action = $1', [action]))[0].n;
