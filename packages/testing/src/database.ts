// A fresh database per test subgraph on the run's embedded PostgreSQL (started by global-setup).
import { randomBytes } from 'node:crypto';
import { dropDatabase, provisionServiceDatabase } from '@equality-graph/dev-database';

export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run tests through jest (global setup starts PostgreSQL)');
  return url;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database with its own login role, as in production; the test's migrations fill it. */
export async function createTestDatabase(service: string): Promise<TestDatabase> {
  const name = `${service}_${randomBytes(5).toString('hex')}`;
  const url = await provisionServiceDatabase(adminUrl(), { database: name, user: name, password: randomBytes(12).toString('hex') });
  return { url, name, drop: () => dropDatabase(adminUrl(), name) };
}
