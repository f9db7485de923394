// Erasure receipts, the same in every service that erases a person: after the erasure nothing
// links her rows to her account any more, yet she may ask what was erased and when. The receipt
// is found by a digest of her account id, never the id itself, and holds only counts.
import { createHash, randomUUID } from 'node:crypto';

export const ERASURE_RECEIPT_TABLE_SQL = [
  `CREATE TABLE erasure_receipt (
    id uuid PRIMARY KEY,
    subject_digest text NOT NULL,
    erased_at timestamptz NOT NULL DEFAULT now(),
    items jsonb NOT NULL
  )`,
  'CREATE INDEX erasure_receipt_subject_idx ON erasure_receipt (subject_digest, erased_at)',
];

export interface ErasureReceiptRecord {
  id: string;
  service: string;
  erasedAt: string;
  items: { what: string; count: number }[];
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The digest a receipt is filed under: enough to find hers, not to read her account id back. */
export const subjectDigest = (service: string, sub: string) => createHash('sha256').update(`${service}\u0000${sub}`).digest('hex');

/** Written in the erasure's own transaction: a receipt exists exactly when the erasure committed. */
export async function writeErasureReceipt(
  tx: Queryable,
  service: string,
  sub: string,
  items: Record<string, number>,
): Promise<ErasureReceiptRecord> {
  const id = randomUUID();
  const list = Object.entries(items).map(([what, count]) => ({ what, count }));
  const rows = (await tx.query('INSERT INTO erasure_receipt (id, subject_digest, items) VALUES ($1, $2, $3) RETURNING erased_at', [
    id,
    subjectDigest(service, sub),
    JSON.stringify(list),
  ])) as { erased_at: Date }[];
  return { id, service, erasedAt: rows[0].erased_at.toISOString(), items: list };
}

export async function erasureReceiptsOf(db: Queryable, service: string, sub: string): Promise<ErasureReceiptRecord[]> {
  const rows = (await db.query('SELECT id, erased_at, items FROM erasure_receipt WHERE subject_digest = $1 ORDER BY erased_at, id', [
    subjectDigest(service, sub),
  ])) as { id: string; erased_at: Date; items: { what: string; count: number }[] }[];
  return rows.map((r) => ({ id: r.id, service, erasedAt: r.erased_at.toISOString(), items: r.items }));
}
