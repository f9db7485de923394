// Creates a service's database and role (idempotent) and drops databases: each service owns its
// database, as in deployment.
import { Client } from 'pg';

export interface ServiceDatabase {
  database: string;
  user: string;
  password: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`invalid PostgreSQL identifier: ${name}`);
  return `"${name}"`;
}

export function urlFor(adminUrl: string, db: ServiceDatabase): string {
  const url = new URL(adminUrl);
  url.username = db.user;
  url.password = db.password;
  url.pathname = `/${db.database}`;
  return url.toString();
}

/**
 * Creates (idempotently) a database owned by its own login role, reachable by that role only:
 * CONNECT is revoked from PUBLIC on it and on the cluster's databases, so a service's
 * credentials open no other database.
 */
export async function provisionServiceDatabase(adminUrl: string, db: ServiceDatabase): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  // Catalog updates (GRANT/REVOKE on shared rows) collide when two callers provision at once.
  await admin.query('SELECT pg_advisory_lock(922024)');
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [db.user]);
    const password = db.password.replace(/'/g, "''");
    if (role.rowCount === 0) {
      await admin.query(`CREATE ROLE ${ident(db.user)} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    } else {
      await admin.query(`ALTER ROLE ${ident(db.user)} WITH LOGIN PASSWORD '${password}'`);
    }
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${ident(db.database)} OWNER ${ident(db.user)} ENCODING 'UTF8' TEMPLATE template0`);
    }
    // Each service database is closed to PUBLIC when provisioned; so are the cluster's own.
    for (const datname of [db.database, 'postgres', 'template1']) {
      await admin.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${ident(datname)} FROM PUBLIC`);
    }
    await admin.query(`GRANT CONNECT ON DATABASE ${ident(db.database)} TO ${ident(db.user)}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(922024)').catch(() => undefined);
    await admin.end();
  }
  return urlFor(adminUrl, db);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
