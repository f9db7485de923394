import type { DataSource } from 'typeorm';
import { IndicatorEntity } from './entities';

export function listIndicators(db: DataSource): Promise<IndicatorEntity[]> {
  return db.getRepository(IndicatorEntity).find({ order: { code: 'ASC' } });
}

/** One statement for any number of codes; the result follows the order of `codes`. */
export async function indicatorsByCodes(db: DataSource, codes: readonly string[]): Promise<(IndicatorEntity | null)[]> {
  const rows = await db
    .getRepository(IndicatorEntity)
    .createQueryBuilder('i')
    .where('i.code = ANY(:codes)', { codes: [...codes] })
    .getMany();
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return codes.map((code) => byCode.get(code) ?? null);
}
