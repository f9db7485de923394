// Population vintages per commune: the one write every source goes through (SSMSI's `insee_pop`,
// an INSEE populations légales file), so a figure always carries its source and import.
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '@equality-graph/service-kit';

export interface PopulationFigure {
  communeCode: string;
  vintage: number;
  population: number;
}

export interface PopulationWrite {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts new (commune, vintage) figures and replaces changed ones with this source and import;
 * an equal figure is left alone with its first source (re-importing changes nothing). Runs in
 * the caller's transaction, rows locked, so two imports of one vintage do not interleave.
 */
export async function writePopulations(
  manager: EntityManager,
  figures: readonly PopulationFigure[],
  provenance: { source: string; importId: string; importedAt: Date },
): Promise<PopulationWrite> {
  const unique = [...new Map(figures.map((f) => [`${f.communeCode}|${f.vintage}`, f])).values()];
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const existing: { communeCode: string; vintage: number; population: number }[] = await manager.query(
    `SELECT commune_code AS "communeCode", vintage, population FROM commune_population
      WHERE (commune_code, vintage) IN (SELECT * FROM unnest($1::text[], $2::smallint[])) FOR UPDATE`,
    [unique.map((f) => f.communeCode), unique.map((f) => f.vintage)],
  );
  const stored = new Map(existing.map((e) => [`${e.communeCode}|${e.vintage}`, e.population]));
  const inserts = unique.filter((f) => !stored.has(`${f.communeCode}|${f.vintage}`));
  const updates = unique.filter((f) => {
    const population = stored.get(`${f.communeCode}|${f.vintage}`);
    return population !== undefined && population !== f.population;
  });
  const { source, importId, importedAt } = provenance;
  await bulkInsert(
    manager,
    'commune_population',
    ['commune_code', 'vintage', 'population', 'source', 'import_id', 'imported_at'],
    inserts.map((f) => [f.communeCode, f.vintage, f.population, source, importId, importedAt]),
  );
  if (updates.length > 0) {
    await manager.query(
      `UPDATE commune_population p SET population = u.population, source = $4, import_id = $5, imported_at = $6
         FROM unnest($1::text[], $2::smallint[], $3::int[]) AS u(code, vintage, population)
        WHERE p.commune_code = u.code AND p.vintage = u.vintage`,
      [updates.map((f) => f.communeCode), updates.map((f) => f.vintage), updates.map((f) => f.population), source, importId, importedAt],
    );
  }
  return { inserted: inserts.length, updated: updates.length, unchanged: unique.length - inserts.length - updates.length };
}
