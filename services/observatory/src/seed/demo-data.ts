// The observatory's demo seed (SEED_DEMO_DATA): fictitious figures for every indicator and year,
// then the directory's; what `createObservatory` hands the kit as `seedDemoData`.
import type { DataSource } from 'typeorm';
import { DemoRandom, bulkInsert, type Logger } from '@equality-graph/service-kit';
import { seedDemoDirectory } from './directory-demo';

export const DEMO_SOURCE = 'Données fictives de démonstration';
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Commune-level indicators: fictitious rate per 1,000 inhabitants around which counts are drawn. */
const COMMUNE_RATES: Record<string, number> = { VIOLENCES_PHYSIQUES_INTRAFAMILIALES: 3.6, VIOLENCES_SEXUELLES: 1.1 };

/** Department- or court-level indicators: fictitious [low, high] for 2019 and a yearly trend. */
const AREA_RANGES: Record<string, [number, number, number]> = {
  VICTIMES_VIOLENCES_CONJUGALES: [4800, 5400, 0.06],
  FEMINICIDES_CONJUGAUX: [1, 4, 0],
  TENTATIVES_FEMINICIDES_CONJUGAUX: [4, 10, 0],
  APPELS_3919: [2600, 3200, 0.08],
  TGD_ACTIFS: [30, 45, 0.08],
  TGD_ATTRIBUES: [40, 60, 0.08],
  BAR_ACTIFS: [0, 0, 0],
  ORDONNANCES_PROTECTION_DEMANDEES: [300, 380, 0.07],
  ORDONNANCES_PROTECTION_DELIVREES: [170, 220, 0.07],
  PLACES_HEBERGEMENT: [250, 260, 0.05],
  FVV92_APPELS: [4200, 5000, 0.05],
  FVV92_ENTRETIENS: [1500, 1900, 0.05],
  PROFESSIONNELS_FORMES: [300, 450, 0.12],
};

/** Figures another service owns (read from it through the graph): never seeded here. */
const OWNED_ELSEWHERE = new Set(['PROFESSIONNELS_FORMES']);

/**
 * Fictitious observations: every indicator at its finest level (commune, or department/court
 * as a row without commune), every commune, 2019-2024, published; not PROFESSIONNELS_FORMES,
 * which the training subgraph answers. Communes under 10,000
 * inhabitants (Marnes-la-Coquette, Vaucresson) get counts from 1 to 5 so suppression shows.
 * Idempotent: skipped when demo observations exist.
 */
export async function seedDemoObservations(db: DataSource): Promise<number> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM observation WHERE fictitious');
  if (count > 0) return 0;
  const random = new DemoRandom(92_2019);
  const communes: { code: string; population: number }[] = await db.query('SELECT code, population FROM commune ORDER BY code');
  const rows: unknown[][] = [];
  const row = (indicator: string, commune: string | null, year: number, value: number) =>
    rows.push([random.uuid(), indicator, commune, String(year), value, 'PUBLISHED', DEMO_SOURCE, true]);
  for (const year of DEMO_YEARS) {
    for (const [indicator, rate] of Object.entries(COMMUNE_RATES)) {
      for (const { code, population } of communes) {
        const expected = (rate * population * (1 + 0.04 * (year - 2019))) / 1000;
        row(indicator, code, year, population < 10_000 ? random.int(1, 5) : Math.round(expected * (0.8 + 0.4 * random.next())));
      }
    }
    for (const [indicator, [low, high, trend]] of Object.entries(AREA_RANGES)) {
      let value = Math.round(random.int(low, high) * (1 + trend * (year - 2019)));
      // Anti-approach bracelets exist since the law of 28 December 2019 (first ones late 2020).
      if (indicator === 'BAR_ACTIFS') value = year === 2019 ? 0 : year === 2020 ? 3 : random.int(12, 30);
      // Still drawn, so the draws of every other demo figure stay what they were.
      if (!OWNED_ELSEWHERE.has(indicator)) row(indicator, null, year, value);
    }
  }
  await bulkInsert(db, 'observation', ['id', 'indicator_code', 'commune_code', 'period', 'value', 'status', 'source', 'fictitious'], rows);
  return rows.length;
}

export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const observations = await seedDemoObservations(db);
  const directory = await seedDemoDirectory(db);
  logger.info({ observations, ...directory }, 'observatory demo data loaded');
}
