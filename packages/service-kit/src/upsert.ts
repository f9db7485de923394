// Create-or-update of one row with its link table and audit row, in one transaction: the body
// that directory-like writes repeat (the observatory's experimentations, support services and
// publications), with a typed merge of a partial input over the current row.
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from './audit-log';
import type { SubgraphContextBase } from './subgraph';

/** A partial input (an update's omitted fields keep their value) read against the current row, or null on creation. */
export interface InputMerge<I, R> {
  /** Whether this write sets `key`: always on creation, when given on an update. */
  sets(key: keyof I): boolean;
  /** The input's value through `check` when set, the current row's value otherwise. */
  field<K extends keyof I & keyof R, V>(key: K, check: (value: I[K]) => V): V | R[K];
}

export function mergeInput<I extends object, R extends object>(input: I, current: R | null): InputMerge<I, R> {
  const sets = (key: keyof I) => current === null || input[key] !== undefined;
  return {
    sets,
    field: (key, check) => (current === null || sets(key) ? check(input[key]) : current[key]),
  };
}

/** The rows of a link table owned by the written row (its communes, say), replaced as a whole. */
export interface LinkRows {
  table: string;
  ownerColumn: string;
  valueColumn: string;
  values: readonly string[];
}

export interface UpsertPlan<Row> {
  table: string;
  id: string;
  /** True: UPDATE the row `id`; false: INSERT it. */
  exists: boolean;
  /** Column name to checked value, written as query parameters. */
  columns: Readonly<Record<string, unknown>>;
  /** Columns set to now() on an update (`updated_at`). */
  nowOnUpdate?: readonly string[];
  /** Replaces the link rows when given; null or absent leaves them as they are. */
  links?: LinkRows | null;
  /** Written as `<actionPrefix>.create` or `<actionPrefix>.update` on `subjectType` `id`. */
  audit: { actionPrefix: string; subjectType: string; details: Record<string, unknown> };
  /** Reads the row back inside the transaction (what the mutation returns). */
  read(db: EntityManager, id: string): Promise<Row | null>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function identifier(name: string): string {
  // Names come from code, never from clients; checked so a typo cannot become SQL.
  if (!IDENTIFIER.test(name)) throw new Error(`upsertRow: "${name}" is not a plain SQL identifier`);
  return name;
}

/** Writes the row, its links and one audit row atomically, then returns the row as `read` sees it. */
export async function upsertRow<Row>(db: DataSource, context: SubgraphContextBase, plan: UpsertPlan<Row>): Promise<Row> {
  const table = identifier(plan.table);
  const names = Object.keys(plan.columns).map(identifier);
  const values = Object.values(plan.columns);
  return db.transaction(async (manager) => {
    if (plan.exists) {
      const sets = [
        ...names.map((name, i) => `${name} = $${i + 2}`),
        ...(plan.nowOnUpdate ?? []).map((name) => `${identifier(name)} = now()`),
      ];
      await manager.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = $1`, [plan.id, ...values]);
    } else {
      const placeholders = names.map((_name, i) => `$${i + 2}`).join(', ');
      await manager.query(`INSERT INTO ${table} (id, ${names.join(', ')}) VALUES ($1, ${placeholders})`, [plan.id, ...values]);
    }
    if (plan.links) {
      const links = identifier(plan.links.table);
      const owner = identifier(plan.links.ownerColumn);
      const value = identifier(plan.links.valueColumn);
      await manager.query(`DELETE FROM ${links} WHERE ${owner} = $1`, [plan.id]);
      if (plan.links.values.length > 0) {
        await manager.query(`INSERT INTO ${links} (${owner}, ${value}) SELECT $1, unnest($2::text[])`, [plan.id, [...plan.links.values]]);
      }
    }
    const action = `${plan.audit.actionPrefix}.${plan.exists ? 'update' : 'create'}`;
    await recordAudit(manager, context, [{ action, subjectType: plan.audit.subjectType, subjectId: plan.id, details: plan.audit.details }]);
    const row = await plan.read(manager, plan.id);
    if (row === null) throw new Error(`upsertRow: ${table} ${plan.id} cannot be read back after its write`);
    return row;
  });
}
