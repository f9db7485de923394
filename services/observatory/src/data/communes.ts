// The 36 communes of the department (the observatory owns the `Commune` entity): list and batch load.
import type { DataSource } from 'typeorm';
import { byKeys } from '@equality-graph/service-kit';
import { CommuneEntity } from './entities';

export async function listCommunes(db: DataSource): Promise<CommuneEntity[]> {
  return db.getRepository(CommuneEntity).find({ order: { code: 'ASC' } });
}

/** One statement for any number of codes; the result follows the order of `codes`. */
export async function communesByCodes(db: DataSource, codes: readonly string[]): Promise<(CommuneEntity | null)[]> {
  const rows = await db
    .getRepository(CommuneEntity)
    .createQueryBuilder('c')
    .where('c.code = ANY(:codes)', { codes: [...codes] })
    .getMany();
  return byKeys(codes, rows, (row) => row.code);
}
