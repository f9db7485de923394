import { randomUUID } from 'node:crypto';
import { SCOPES } from '@equality-graph/auth';
import type { DataSource } from 'typeorm';
import {
  badUserInput,
  notFound,
  pageRequest,
  recordAudit,
  toConnection,
  type Connection,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import type { PublicationEntity } from './entities';
import { checkHttpsUrl, notNull, parseKeyset, requiredText } from './input-checks';

/** Writing reports is the observatory's publication power: the scope that also publishes figures (admins). */
export const PUBLICATION_WRITE_SCOPE = SCOPES.statisticsPublish;

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
  if (page.after) {
    const [year, id] = parseKeyset(page.after, 2);
    params.push(Number(year), String(id));
    keyset = ' AND (p.year, p.id) < ($1, $2::uuid)';
  }
  params.push(page.limit + 1);
  const rows: PublicationRow[] = await db.query(
    `${SELECT} WHERE ${where}${keyset} ORDER BY p.year DESC, p.id DESC LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => JSON.stringify([row.year, row.id]));
}

async function publicationById(db: DataSource, id: string): Promise<PublicationRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.query(`${SELECT} WHERE p.id = $1`, [id]);
  return row ?? null;
}

const COLUMNS = ['title', 'year', 'summary', 'url', 'published', 'fictitious'];

async function write(db: DataSource, context: SubgraphContextBase, id: string, current: PublicationRow | null, input: PublicationFields) {
  const has = (key: keyof PublicationFields) => input[key] !== undefined || !current;
  const year = notNull(input.year, 'input.year') ?? current!.year;
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw badUserInput('`input.year` must be a year between 1990 and 2100', { argument: 'input.year' });
  const url = has('url') ? checkHttpsUrl(notNull(input.url, 'input.url'), 'input.url') : current!.url;
  if (!url) throw badUserInput('`input.url` must be an https URL', { argument: 'input.url' });
  const values = [
    has('title') ? requiredText(input.title, 'input.title') : current!.title,
    year,
    has('summary') ? requiredText(input.summary, 'input.summary') : current!.summary,
    url,
    notNull(input.published, 'input.published') ?? current?.published ?? false,
    notNull(input.fictitious, 'input.fictitious') ?? current?.fictitious ?? false,
  ];
  await db.transaction(async (manager) => {
    if (current) {
      await manager.query(`UPDATE publication SET ${COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...values]);
    } else {
      await manager.query(
        `INSERT INTO publication (id, ${COLUMNS.join(', ')}) VALUES ($1, ${COLUMNS.map((_c, i) => `$${i + 2}`).join(', ')})`,
        [id, ...values],
      );
    }
    const action = current ? 'publication.update' : 'publication.create';
    await recordAudit(manager, context, [{ action, subjectType: 'Publication', subjectId: id, details: { title: values[0] } }]);
  });
  return (await publicationById(db, id))!;
}

export function createPublication(db: DataSource, context: SubgraphContextBase, input: PublicationFields): Promise<PublicationRow> {
  return write(db, context, randomUUID(), null, input);
}

export async function updatePublication(db: DataSource, context: SubgraphContextBase, id: string, input: PublicationFields) {
  const current = await publicationById(db, id);
  if (!current) throw notFound(`Unknown publication ${id}`);
  return write(db, context, id, current, input);
}
