// Pilot schemes (the `Experimentation` type): listing with the published-only rule for the public,
// and create/update through the kit's upsert (row, commune links, audit) with the kit's checks.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badArgument,
  groupByKeys,
  isoDate,
  isUuid,
  keysetAfter,
  mergeInput,
  nonNegative,
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
  type Connection,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import type { ExperimentationStatus, OutcomeFigure } from './entities/experimentation.entity';
import { checkCommuneCodes } from './input-checks';

export interface ExperimentationRow {
  id: string;
  name: string;
  summary: string;
  partners: string[];
  startDate: string | null;
  endDate: string | null;
  budgetEuros: number | null;
  status: ExperimentationStatus;
  beneficiaries: number | null;
  evaluationSummary: string | null;
  outcomes: OutcomeFigure[];
  published: boolean;
  fictitious: boolean;
  communeCodes: string[];
}

export interface ExperimentationFields {
  name?: string | null;
  summary?: string | null;
  partners?: readonly string[] | null;
  communes?: readonly string[] | null;
  startDate?: string | null;
  endDate?: string | null;
  budgetEuros?: number | null;
  status?: ExperimentationStatus | null;
  beneficiaries?: number | null;
  evaluationSummary?: string | null;
  outcomes?: readonly { label: string; value: number; unit?: string | null }[] | null;
  published?: boolean | null;
  fictitious?: boolean | null;
}

/** Dates as ISO text (pg would turn a `date` into a local-midnight Date). */
const SELECT = `SELECT e.id, e.name, e.summary, e.partners, to_char(e.start_date, 'YYYY-MM-DD') AS "startDate",
    to_char(e.end_date, 'YYYY-MM-DD') AS "endDate", e.budget_euros AS "budgetEuros", e.status, e.beneficiaries,
    e.evaluation_summary AS "evaluationSummary", e.outcomes, e.published, e.fictitious,
    ARRAY(SELECT c.commune_code FROM experimentation_commune c WHERE c.experimentation_id = e.id ORDER BY c.commune_code) AS "communeCodes"
  FROM experimentation e`;

/** `seeAll` comes from the access rule `seesUnpublishedExperimentations`; others see published schemes only. */
const visible = (seeAll: boolean) => (seeAll ? 'TRUE' : 'e.published');

/** Schemes listing the commune `code` (an SQL expression) or none (the whole department). */
const concerns = (code: string) => `(NOT EXISTS (SELECT 1 FROM experimentation_commune c WHERE c.experimentation_id = e.id)
      OR EXISTS (SELECT 1 FROM experimentation_commune c WHERE c.experimentation_id = e.id AND c.commune_code = ${code}))`;

/** Ordered by name then id; the commune filter also matches schemes covering the whole department. */
export async function listExperimentations(
  db: DataSource,
  seeAll: boolean,
  filter: { status?: ExperimentationStatus | null; commune?: string | null },
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ExperimentationRow>> {
  const page = pageRequest(first, after);
  const params: unknown[] = [];
  const conditions = [visible(seeAll)];
  if (filter.status) {
    params.push(filter.status);
    conditions.push(`e.status = $${params.length}`);
  }
  if (filter.commune) {
    params.push(filter.commune);
    conditions.push(concerns(`$${params.length}`));
  }
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM experimentation e WHERE ${conditions.join(' AND ')}`, params);
  const afterKey = keysetAfter(page, ['text', 'uuid']);
  if (afterKey) {
    params.push(...afterKey);
    conditions.push(`(e.name, e.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(page.limit + 1);
  const rows: ExperimentationRow[] = await db.query(
    `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY e.name, e.id LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => [row.name, row.id]);
}

/** Each commune's schemes (its own and the whole department's), by name: one statement for the batch. */
export async function experimentationsByCommunes(
  db: DataSource,
  seeAll: boolean,
  codes: readonly string[],
): Promise<ExperimentationRow[][]> {
  const rows: (ExperimentationRow & { forCommune: string })[] = await db.query(
    `SELECT k.code AS "forCommune", found.* FROM unnest($1::text[]) AS k(code)
      CROSS JOIN LATERAL (${SELECT} WHERE ${visible(seeAll)} AND ${concerns('k.code')}) found ORDER BY found.name, found.id`,
    [[...new Set(codes)]],
  );
  return groupByKeys(codes, rows, (row) => row.forCommune);
}

export async function experimentationById(db: DataSource | EntityManager, seeAll: boolean, id: string): Promise<ExperimentationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.query(`${SELECT} WHERE e.id = $1 AND ${visible(seeAll)}`, [id]);
  return row ?? null;
}

function outcomes(input: ExperimentationFields['outcomes']): OutcomeFigure[] {
  return (input ?? []).map((figure, i) => {
    if (!Number.isFinite(figure.value)) throw badArgument(`input.outcomes[${i}].value`, 'must be a number');
    return {
      label: requiredText(figure.label, `input.outcomes[${i}].label`),
      value: figure.value,
      unit: optionalText(figure.unit, `input.outcomes[${i}].unit`),
    };
  });
}

const day = (argument: string) => (value: string | null | undefined) => optional(value, (text) => isoDate(text, argument));
const count = (argument: string) => (value: number | null | undefined) => optional(value, (n) => nonNegative(n, argument));

async function write(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  current: ExperimentationRow | null,
  input: ExperimentationFields,
) {
  const { field, sets } = mergeInput(input, current);
  const startDate = field('startDate', day('input.startDate'));
  const endDate = field('endDate', day('input.endDate'));
  if (startDate && endDate && endDate <= startDate) throw badArgument('input.endDate', 'must be after `input.startDate`');
  const name = field('name', (value) => requiredText(value, 'input.name'));
  const columns = {
    name,
    summary: field('summary', (value) => requiredText(value, 'input.summary')),
    partners: field('partners', (value) => textList(value, 'input.partners')),
    start_date: startDate,
    end_date: endDate,
    budget_euros: field('budgetEuros', count('input.budgetEuros')),
    status: field('status', (value) => required(value, 'input.status')),
    beneficiaries: field('beneficiaries', count('input.beneficiaries')),
    evaluation_summary: field('evaluationSummary', (value) => optionalText(value, 'input.evaluationSummary')),
    outcomes: JSON.stringify(field('outcomes', outcomes)),
    published: field('published', (value) => notNull(value, 'input.published') ?? false),
    fictitious: field('fictitious', (value) => notNull(value, 'input.fictitious') ?? false),
  };
  const communes = sets('communes') ? await checkCommuneCodes(db, input.communes, 'input.communes') : null;
  return upsertRow(db, context, {
    table: 'experimentation',
    id,
    exists: current !== null,
    columns,
    links: communes && {
      table: 'experimentation_commune',
      ownerColumn: 'experimentation_id',
      valueColumn: 'commune_code',
      values: communes,
    },
    audit: { actionPrefix: 'experimentation', subjectType: 'Experimentation', details: { name } },
    read: (manager, rowId) => experimentationById(manager, true, rowId),
  });
}

export function createExperimentation(
  db: DataSource,
  context: SubgraphContextBase,
  input: ExperimentationFields,
): Promise<ExperimentationRow> {
  return write(db, context, randomUUID(), null, input);
}

export async function updateExperimentation(db: DataSource, context: SubgraphContextBase, id: string, input: ExperimentationFields) {
  const current = await experimentationById(db, true, id);
  if (!current) throw unknownRecord('experimentation', id);
  return write(db, context, id, current, input);
}
