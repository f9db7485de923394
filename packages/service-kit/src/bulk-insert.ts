// Chunked multi-row INSERTs for seeds, imports and audit rows, shared so each stays under
// PostgreSQL's parameter limit the same way.
import type { DataSource, EntityManager } from 'typeorm';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Multi-row parameterised INSERTs in chunks (PostgreSQL allows 65,535 parameters a statement),
 * for seeds and imports that write thousands of rows.
 */
export async function bulkInsert(
  db: DataSource | EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  suffix = '',
): Promise<void> {
  for (const name of [table, ...columns]) if (!IDENTIFIER.test(name)) throw new Error(`invalid identifier ${name}`);
  const chunkSize = Math.max(1, Math.floor(60_000 / columns.length));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = chunk.map((_row, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ${suffix}`, chunk.flat());
  }
}
