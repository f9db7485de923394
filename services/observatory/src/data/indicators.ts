// The indicators the observatory publishes (the `Indicator` entity): list and batch load.
import type { DataSource } from 'typeorm';
import { byKeys } from '@equality-graph/service-kit';
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
  return byKeys(codes, rows, (row) => row.code);
}
