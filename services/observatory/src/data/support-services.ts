// The directory of support services (the `SupportService` entity): filtered listing, batch load by
// id for the loader, and create/update through the kit's upsert (row, commune links, audit).
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  byKeys,
  frenchPhone,
  groupByKeys,
  httpsUrl,
  keysetAfter,
  mergeInput,
  notNull,
  optional,
  optionalText,
  pageRequest,
  required,
  requiredText,
  textList,
  toConnection,
  unknownRecord,
  upsertRow,
  uuidsOnly,
  type Connection,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import type { SupportServiceKind } from './entities/support-service.entity';
import { checkCommuneCodes, communesOfDepartmentPostalCode, containsPattern, departmentPostalCode, searchKey } from './input-checks';

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
  /** Part of the address, under the same rule. */
  postalCode: string | null;
  website: string | null;
  fictitious: boolean;
  communeCodes: string[];
}

export interface SupportServiceFilter {
  commune?: string | null;
  kinds?: readonly SupportServiceKind[] | null;
  search?: string | null;
  postalCode?: string | null;
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
  postalCode?: string | null;
  website?: string | null;
  fictitious?: boolean | null;
}

const SELECT = `SELECT s.id, s.name, s.name_search AS "nameSearch", s.kind, s.description, s.phone, s.hours, s.languages,
    s.accessibility, s.address, s.postal_code AS "postalCode", s.website, s.fictitious,
    ARRAY(SELECT c.commune_code FROM support_service_commune c WHERE c.support_service_id = s.id ORDER BY c.commune_code) AS "communeCodes"
  FROM support_service s`;

/**
 * Services for a reader in one of `$n` (a text[] of INSEE codes): those listing one of them and
 * those listing none (the whole department), through the (support_service_id, commune_code) key.
 */
const servesOneOf = (codes: string) => `(NOT EXISTS (SELECT 1 FROM support_service_commune c WHERE c.support_service_id = s.id)
      OR EXISTS (SELECT 1 FROM support_service_commune c WHERE c.support_service_id = s.id AND c.commune_code = ANY(${codes})))`;

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
  if (filter.commune) add(servesOneOf('$1::text[]'), [filter.commune]);
  // A postal code stands for the commune(s) it serves, never for where a service is (a shelter's
  // postal code is confidential, so it must not select shelters).
  if (filter.postalCode) add(servesOneOf('$1::text[]'), communesOfDepartmentPostalCode(filter.postalCode, 'filter.postalCode'));
  if (filter.kinds && filter.kinds.length > 0) add('s.kind = ANY($1::text[])', [...filter.kinds]);
  if (filter.search?.trim()) add(`s.name_search LIKE $1 ESCAPE '\\'`, containsPattern(filter.search));
  const where = conditions.join(' AND ');
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM support_service s WHERE ${where}`, params);
  const afterKey = keysetAfter(page, ['text', 'uuid']);
  if (afterKey) add('(s.name_search, s.id) > ($1, $2::uuid)', ...afterKey);
  params.push(page.limit + 1);
  const rows: SupportServiceRow[] = await db.query(
    `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY s.name_search, s.id LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => [row.nameSearch, row.id]);
}

/** One statement for any number of ids (the DataLoader's batch); follows the order of `ids`. */
export async function supportServicesByIds(db: DataSource | EntityManager, ids: readonly string[]): Promise<(SupportServiceRow | null)[]> {
  const valid = uuidsOnly(ids);
  const rows: SupportServiceRow[] = valid.length ? await db.query(`${SELECT} WHERE s.id = ANY($1::uuid[])`, [valid]) : [];
  return byKeys(ids, rows, (row) => row.id);
}

/** Each commune's services (its own and the whole department's), by name: one statement for the batch. */
export async function supportServicesByCommunes(db: DataSource, codes: readonly string[]): Promise<SupportServiceRow[][]> {
  const rows: (SupportServiceRow & { forCommune: string })[] = await db.query(
    `SELECT k.code AS "forCommune", found.* FROM unnest($1::text[]) AS k(code)
      CROSS JOIN LATERAL (${SELECT} WHERE ${servesOneOf('ARRAY[k.code]')}) found ORDER BY found."nameSearch", found.id`,
    [[...new Set(codes)]],
  );
  return groupByKeys(codes, rows, (row) => row.forCommune);
}

/** Optional text through a check when present and not blank (phone, website). */
const optionalChecked = (argument: string, check: (text: string, argument: string) => string) => (value: string | null | undefined) =>
  optional(optionalText(value, argument), (text) => check(text, argument));

/** Checks every field, then writes the row, its communes and an audit row in one transaction. */
async function write(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  current: SupportServiceRow | null,
  input: SupportServiceFields,
) {
  const { field, sets } = mergeInput(input, current);
  const name = field('name', (value) => requiredText(value, 'input.name'));
  const kind = field('kind', (value) => required(value, 'input.kind'));
  const columns = {
    name,
    name_search: searchKey(name),
    kind,
    description: field('description', (value) => optionalText(value, 'input.description')),
    phone: field('phone', optionalChecked('input.phone', frenchPhone)),
    hours: field('hours', (value) => optionalText(value, 'input.hours')),
    languages: field('languages', (value) => textList(value, 'input.languages')),
    accessibility: field('accessibility', (value) => optionalText(value, 'input.accessibility')),
    address: field('address', (value) => optionalText(value, 'input.address')),
    postal_code: field('postalCode', optionalChecked('input.postalCode', departmentPostalCode)),
    website: field('website', optionalChecked('input.website', httpsUrl)),
    fictitious: field('fictitious', (value) => notNull(value, 'input.fictitious') ?? false),
  };
  const communes = sets('communes') ? await checkCommuneCodes(db, input.communes, 'input.communes') : null;
  return upsertRow(db, context, {
    table: 'support_service',
    id,
    exists: current !== null,
    columns,
    nowOnUpdate: ['updated_at'],
    links: communes && {
      table: 'support_service_commune',
      ownerColumn: 'support_service_id',
      valueColumn: 'commune_code',
      values: communes,
    },
    audit: { actionPrefix: 'support_service', subjectType: 'SupportService', details: { name, kind } },
    read: async (manager, rowId) => (await supportServicesByIds(manager, [rowId]))[0] ?? null,
  });
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
  if (!current) throw unknownRecord('support service', id);
  return write(db, context, id, current, input);
}
