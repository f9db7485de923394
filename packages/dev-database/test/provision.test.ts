// Provisioning gives each service a role that reaches only its own database, and is idempotent.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl } from '@equality-graph/testing';
import { dropDatabase, provisionServiceDatabase } from '../src';

const names = [0, 1].map(() => `isolation_${randomBytes(4).toString('hex')}`);
let urls: string[];
beforeAll(async () => {
  urls = await Promise.all(names.map((name) => provisionServiceDatabase(adminUrl(), { database: name, user: name, password: `pw-${name}` })));
});
afterAll(() => Promise.all(names.map((name) => dropDatabase(adminUrl(), name))));

async function connects(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

test("a service's role reaches its own database and no other", async () => {
  expect(await connects(urls[0])).toBe(true);
  const other = new URL(urls[0]);
  other.pathname = `/${names[1]}`;
  expect(await connects(other.toString())).toBe(false);
  other.pathname = '/postgres';
  expect(await connects(other.toString())).toBe(false);
});

test('provisioning again keeps the database and its data', async () => {
  const client = new Client({ connectionString: urls[1] });
  await client.connect();
  await client.query('CREATE TABLE kept (n int)');
  await client.query('INSERT INTO kept VALUES (7)');
  await client.end();
  await provisionServiceDatabase(adminUrl(), { database: names[1], user: names[1], password: `pw-${names[1]}` });
  const again = new Client({ connectionString: urls[1] });
  await again.connect();
  expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 7 }]);
  await again.end();
});
