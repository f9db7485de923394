// `findCommunes`: the department's communes by postal code, INSEE code or name, as a person types
// them (Nanterre is 92000 by post, 92050 for INSEE); postal codes from the territory package.
import type { DataSource } from 'typeorm';
import { badArgument } from '@equality-graph/service-kit';
import { postalCodesOf } from '@equality-graph/territory';
import { listCommunes } from './communes';
import type { CommuneEntity } from './entities';
import { searchKey } from './input-checks';

const MAX_SEARCH_LENGTH = 100;
const MAX_RESULTS = 36;

/** Names compared without case, accents, hyphens or apostrophes ("ville d avray" = "Ville-d'Avray"). */
const nameKey = (text: string) => searchKey(text).replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();

/** 0 for the best match, higher for weaker ones, null for none. */
function relevance(commune: CommuneEntity, term: string): number | null {
  if (/^[0-9]+$/.test(term)) {
    const postalCodes = postalCodesOf(commune.code);
    if (postalCodes.includes(term) || commune.code === term) return 0;
    return postalCodes.some((code) => code.startsWith(term)) ? 1 : null;
  }
  const name = nameKey(commune.name);
  const key = nameKey(term);
  if (name.startsWith(key)) return 0;
  if (name.includes(` ${key}`)) return 1;
  return name.includes(key) ? 2 : null;
}

/** At most 36 communes, best matches first, then by INSEE code (36 rows read, matched here). */
export async function findCommunes(db: DataSource, search: string): Promise<CommuneEntity[]> {
  // "92 000" is a postal code typed with a space.
  const term = /^[0-9 ]+$/.test(search.trim()) ? search.replace(/ /g, '') : search.trim();
  if (!term || !nameKey(term)) throw badArgument('search', 'must not be empty');
  if (term.length > MAX_SEARCH_LENGTH) throw badArgument('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  return (await listCommunes(db))
    .flatMap((commune) => {
      const rank = relevance(commune, term);
      return rank === null ? [] : [{ commune, rank }];
    })
    .sort((a, b) => a.rank - b.rank || a.commune.code.localeCompare(b.commune.code))
    .slice(0, MAX_RESULTS)
    .map(({ commune }) => commune);
}
