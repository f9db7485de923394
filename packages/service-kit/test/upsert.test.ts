// The typed upsert on a real PostgreSQL: creation, partial update, link rows replaced or kept,
// and the audit row written in the same transaction (a failing write leaves no audit row).
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { createTestDatabase, identity, type TestDatabase } from '@equality-graph/testing';
import { AUDIT_LOG_TABLE_SQL, createLogger, mergeInput, upsertRow, type SubgraphContextBase } from '../src';

interface Thing {
  id: string;
  name: string;
  size: number | null;
  updated: boolean;
  tags: string[];
}
type ThingInput = { name?: string | null; size?: number | null; tags?: readonly string[] | null };

let database: TestDatabase;
let db: DataSource;
const context: SubgraphContextBase = { identity: identity('ADMIN'), requestId: 'req-upsert', logger: createLogger('test', 'silent') };

beforeAll(async () => {
  database = await createTestDatabase('kit_upsert');
  db = new DataSource({ type: 'postgres', url: database.url });
  await db.initialize();
  for (const sql of [
    'CREATE TABLE thing (id uuid PRIMARY KEY, name text NOT NULL, size int CHECK (size >= 0), updated_at timestamptz)',
    'CREATE TABLE thing_tag (thing_id uuid NOT NULL REFERENCES thing(id), tag text NOT NULL)',
    ...AUDIT_LOG_TABLE_SQL,
  ])
    await db.query(sql);
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

async function read(manager: EntityManager | DataSource, id: string): Promise<Thing | null> {
  const [row] = await manager.query(
    `SELECT t.id, t.name, t.size, t.updated_at IS NOT NULL AS updated,
       ARRAY(SELECT g.tag FROM thing_tag g WHERE g.thing_id = t.id ORDER BY g.tag) AS tags FROM thing t WHERE t.id = $1`,
    [id],
  );
  return (row as Thing | undefined) ?? null;
}

function write(id: string, current: Thing | null, input: ThingInput) {
  const merge = mergeInput(input, current);
  return upsertRow(db, context, {
    table: 'thing',
    id,
    exists: current !== null,
    columns: { name: merge.field('name', (v) => v ?? 'unnamed'), size: merge.field('size', (v) => v ?? null) },
    nowOnUpdate: ['updated_at'],
    links: merge.sets('tags') ? { table: 'thing_tag', ownerColumn: 'thing_id', valueColumn: 'tag', values: input.tags ?? [] } : null,
    audit: { actionPrefix: 'thing', subjectType: 'Thing', details: { name: input.name ?? null } },
    read,
  });
}

const audits = (id: string) =>
  db.query('SELECT action, actor_sub, request_id FROM audit_log WHERE subject_id = $1 ORDER BY at, action', [id]);

test('a creation inserts the row, its links and a `.create` audit row', async () => {
  const id = randomUUID();
  const created = await write(id, null, { name: 'One', tags: ['b', 'a'] });
  expect(created).toEqual({ id, name: 'One', size: null, updated: false, tags: ['a', 'b'] });
  expect(await audits(id)).toEqual([{ action: 'thing.create', actor_sub: 'test-admin', request_id: 'req-upsert' }]);
});

test('an update changes only the fields given and keeps links it is not given', async () => {
  const id = randomUUID();
  const created = await write(id, null, { name: 'Two', size: 3, tags: ['x'] });
  const updated = await write(id, created, { size: 4 });
  expect(updated).toEqual({ id, name: 'Two', size: 4, updated: true, tags: ['x'] });
  const cleared = await write(id, updated, { tags: [] });
  expect(cleared.tags).toEqual([]);
  expect((await audits(id)).map((row: { action: string }) => row.action)).toEqual(['thing.create', 'thing.update', 'thing.update']);
});

test('a write refused by PostgreSQL leaves neither row changes nor an audit row', async () => {
  const id = randomUUID();
  await expect(write(id, null, { name: 'Bad', size: -1, tags: ['t'] })).rejects.toThrow();
  expect(await read(db, id)).toBeNull();
  expect(await audits(id)).toEqual([]);
});

test('a table name that is not a plain identifier is refused before any SQL', async () => {
  await expect(
    upsertRow(db, context, {
      table: 'thing; DROP TABLE thing',
      id: randomUUID(),
      exists: false,
      columns: { name: 'x' },
      audit: { actionPrefix: 'thing', subjectType: 'Thing', details: {} },
      read,
    }),
  ).rejects.toThrow(/not a plain SQL identifier/);
});
