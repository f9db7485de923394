// The observatory's reports (the `Publication` type): listing with the published-only rule for the
// public, and create/update through the kit's upsert with the kit's argument checks.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  isUuid,
  keysetAfter,
  mergeInput,
  notNull,
  pageRequest,
  required,
  requiredText,
  httpsUrl,
  toConnection,
  unknownRecord,
  upsertRow,
  type Connection,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import type { PublicationEntity } from './entities';
import { checkPublicationYear } from './input-checks';

export type PublicationRow = Pick<PublicationEntity, 'id' | 'title' | 'year' | 'summary' | 'url' | 'published' | 'fictitious'>;
export type PublicationFields = { [K in 'title' | 'year' | 'summary' | 'url' | 'published' | 'fictitious']?: PublicationRow[K] | null };

const SELECT = 'SELECT p.id, p.title, p.year, p.summary, p.url, p.published, p.fictitious FROM publication p';
const visible = (seeAll: boolean) => (seeAll ? 'TRUE' : 'p.published');

/** Newest year first, then id (the keyset the `publication_list_idx` index serves). */
export async function listPublications(
  db: DataSource,
  seeAll: boolean,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<PublicationRow>> {
  const page = pageRequest(first, after);
  const where = visible(seeAll);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM publication p WHERE ${where}`, []);
  const params: unknown[] = [];
  let keyset = '';
  const afterKey = keysetAfter(page, ['integer', 'uuid']);
  if (afterKey) {
    params.push(...afterKey);
    keyset = ' AND (p.year, p.id) < ($1, $2::uuid)';
  }
  params.push(page.limit + 1);
  const rows: PublicationRow[] = await db.query(
    `${SELECT} WHERE ${where}${keyset} ORDER BY p.year DESC, p.id DESC LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => [row.year, row.id]);
}

async function publicationById(db: DataSource | EntityManager, id: string): Promise<PublicationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.query(`${SELECT} WHERE p.id = $1`, [id]);
  return row ?? null;
}

async function write(db: DataSource, context: SubgraphContextBase, id: string, current: PublicationRow | null, input: PublicationFields) {
  const { field } = mergeInput(input, current);
  const year = field('year', (value) => checkPublicationYear(required(value, 'input.year'), 'input.year'));
  const url = field('url', (value) => httpsUrl(required(value, 'input.url'), 'input.url'));
  const title = field('title', (value) => requiredText(value, 'input.title'));
  const columns = {
    title,
    year,
    summary: field('summary', (value) => requiredText(value, 'input.summary')),
    url,
    published: field('published', (value) => notNull(value, 'input.published') ?? false),
    fictitious: field('fictitious', (value) => notNull(value, 'input.fictitious') ?? false),
  };
  return upsertRow(db, context, {
    table: 'publication',
    id,
    exists: current !== null,
    columns,
    audit: { actionPrefix: 'publication', subjectType: 'Publication', details: { title } },
    read: publicationById,
  });
}

export function createPublication(db: DataSource, context: SubgraphContextBase, input: PublicationFields): Promise<PublicationRow> {
  return write(db, context, randomUUID(), null, input);
}

export async function updatePublication(db: DataSource, context: SubgraphContextBase, id: string, input: PublicationFields) {
  const current = await publicationById(db, id);
  if (!current) throw unknownRecord('publication', id);
  return write(db, context, id, current, input);
}
