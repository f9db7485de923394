import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound, pageRequest, recordAudit, toConnection, type Connection, type SubgraphContextBase } from '@equality-graph/service-kit';
import type { SupportServiceKind } from './entities/support-service.entity';
import {
  checkCommuneCodes,
  checkHttpsUrl,
  checkPhone,
  containsPattern,
  notNull,
  optionalText,
  parseKeyset,
  requiredText,
  searchKey,
  textList,
} from './input-checks';

/** A directory entry as read: the row plus the communes it serves (empty = whole department). */
export interface SupportServiceRow {
  id: string;
  name: string;
  nameSearch: string;
  kind: SupportServiceKind;
  description: string | null;
  phone: string | null;
  hours: string | null;
  languages: string[];
  accessibility: string | null;
  /** The stored address; `SupportService.address` applies the confidentiality rule. */
  address: string | null;
  website: string | null;
  fictitious: boolean;
  communeCodes: string[];
}

export interface SupportServiceFilter {
  commune?: string | null;
  kinds?: readonly SupportServiceKind[] | null;
  search?: string | null;
}

export interface SupportServiceFields {
  name?: string | null;
  kind?: SupportServiceKind | null;
  description?: string | null;
  communes?: readonly string[] | null;
  phone?: string | null;
  hours?: string | null;
  languages?: readonly string[] | null;
  accessibility?: string | null;
  address?: string | null;
  website?: string | null;
  fictitious?: boolean | null;
}

const SELECT = `SELECT s.id, s.name, s.name_search AS "nameSearch", s.kind, s.description, s.phone, s.hours, s.languages,
    s.accessibility, s.address, s.website, s.fictitious,
    ARRAY(SELECT c.commune_code FROM support_service_commune c WHERE c.support_service_id = s.id ORDER BY c.commune_code) AS "communeCodes"
  FROM support_service s`;

/**
 * Ordered by name (accent-free), then id. The commune filter matches services listing the commune
 * and services listing none (the whole department), through the (support_service_id, commune_code)
 * primary key. The name search is a LIKE '%term%' on `name_search`: no btree serves a contains
 * search, and the directory is small (tens of rows), so it scans.
 */
export async function listSupportServices(
  db: DataSource,
  filter: SupportServiceFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<SupportServiceRow>> {
  const page = pageRequest(first, after);
  const params: unknown[] = [];
  const conditions = ['TRUE'];
  const add = (sql: string, ...values: unknown[]) => {
    const start = params.length;
    params.push(...values);
    conditions.push(sql.replace(/\$(\d)/g, (_m, i: string) => `$${start + Number(i)}`));
  };
  if (filter.commune) {
    add(
      `(NOT EXISTS (SELECT 1 FROM support_service_commune c WHERE c.support_service_id = s.id)
      OR EXISTS (SELECT 1 FROM support_service_commune c WHERE c.support_service_id = s.id AND c.commune_code = $1))`,
      filter.commune,
    );
  }
  if (filter.kinds && filter.kinds.length > 0) add('s.kind = ANY($1::text[])', [...filter.kinds]);
  if (filter.search?.trim()) add(`s.name_search LIKE $1 ESCAPE '\\'`, containsPattern(filter.search));
  const where = conditions.join(' AND ');
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM support_service s WHERE ${where}`, params);
  if (page.after) {
    const [nameSearch, id] = parseKeyset(page.after, 2);
    add('(s.name_search, s.id) > ($1, $2::uuid)', String(nameSearch), String(id));
  }
  params.push(page.limit + 1);
  const rows: SupportServiceRow[] = await db.query(
    `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY s.name_search, s.id LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => JSON.stringify([row.nameSearch, row.id]));
}

/** One statement for any number of ids (the DataLoader's batch); follows the order of `ids`. */
export async function supportServicesByIds(db: DataSource | EntityManager, ids: readonly string[]): Promise<(SupportServiceRow | null)[]> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const rows: SupportServiceRow[] = valid.length ? await db.query(`${SELECT} WHERE s.id = ANY($1::uuid[])`, [valid]) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

const COLUMNS = [
  'name',
  'name_search',
  'kind',
  'description',
  'phone',
  'hours',
  'languages',
  'accessibility',
  'address',
  'website',
  'fictitious',
];

/** Checks every field, then writes the row, its communes and an audit row in one transaction. */
async function write(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  current: SupportServiceRow | null,
  input: SupportServiceFields,
) {
  const has = (key: keyof SupportServiceFields) => input[key] !== undefined || !current;
  const name = has('name') ? requiredText(input.name, 'input.name') : current!.name;
  const kind = notNull(input.kind, 'input.kind') ?? current!.kind;
  const values = [
    name,
    searchKey(name),
    kind,
    has('description') ? optionalText(input.description) : current!.description,
    has('phone') ? checkPhone(input.phone, 'input.phone') : current!.phone,
    has('hours') ? optionalText(input.hours) : current!.hours,
    has('languages') ? textList(input.languages, 'input.languages') : current!.languages,
    has('accessibility') ? optionalText(input.accessibility) : current!.accessibility,
    has('address') ? optionalText(input.address) : current!.address,
    has('website') ? checkHttpsUrl(input.website, 'input.website') : current!.website,
    notNull(input.fictitious, 'input.fictitious') ?? current?.fictitious ?? false,
  ];
  const communes = has('communes') ? await checkCommuneCodes(db, input.communes, 'input.communes') : null;
  await db.transaction(async (manager) => {
    if (current) {
      const sets = COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ');
      await manager.query(`UPDATE support_service SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...values]);
    } else {
      const placeholders = COLUMNS.map((_c, i) => `$${i + 2}`).join(', ');
      await manager.query(`INSERT INTO support_service (id, ${COLUMNS.join(', ')}) VALUES ($1, ${placeholders})`, [id, ...values]);
    }
    if (communes) {
      await manager.query('DELETE FROM support_service_commune WHERE support_service_id = $1', [id]);
      if (communes.length) {
        await manager.query('INSERT INTO support_service_commune (support_service_id, commune_code) SELECT $1, unnest($2::text[])', [
          id,
          communes,
        ]);
      }
    }
    const action = current ? 'support_service.update' : 'support_service.create';
    await recordAudit(manager, context, [{ action, subjectType: 'SupportService', subjectId: id, details: { name, kind } }]);
  });
  const [row] = await supportServicesByIds(db, [id]);
  return row!;
}

export function createSupportService(
  db: DataSource,
  context: SubgraphContextBase,
  input: SupportServiceFields,
): Promise<SupportServiceRow> {
  return write(db, context, randomUUID(), null, input);
}

export async function updateSupportService(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  input: SupportServiceFields,
): Promise<SupportServiceRow> {
  const [current] = await supportServicesByIds(db, [id]);
  if (!current) throw notFound(`Unknown support service ${id}`);
  return write(db, context, id, current, input);
}
