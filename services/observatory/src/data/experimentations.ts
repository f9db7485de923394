import { randomUUID } from 'node:crypto';
import { SCOPES } from '@equality-graph/auth';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badUserInput,
  notFound,
  pageRequest,
  recordAudit,
  toConnection,
  type Connection,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import type { ExperimentationStatus, OutcomeFigure } from './entities/experimentation.entity';
import {
  checkCommuneCodes,
  checkIsoDate,
  checkNonNegative,
  notNull,
  optionalText,
  parseKeyset,
  requiredText,
  textList,
} from './input-checks';

export const EXPERIMENTATION_WRITE_SCOPE = SCOPES.directoryWrite;

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

/** Readers without `directory:write` see published schemes only (row-level rule). */
const visible = (seeAll: boolean) => (seeAll ? 'TRUE' : 'e.published');

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
    conditions.push(`(NOT EXISTS (SELECT 1 FROM experimentation_commune c WHERE c.experimentation_id = e.id)
      OR EXISTS (SELECT 1 FROM experimentation_commune c WHERE c.experimentation_id = e.id AND c.commune_code = $${params.length}))`);
  }
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM experimentation e WHERE ${conditions.join(' AND ')}`, params);
  if (page.after) {
    const [name, id] = parseKeyset(page.after, 2);
    params.push(String(name), String(id));
    conditions.push(`(e.name, e.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(page.limit + 1);
  const rows: ExperimentationRow[] = await db.query(
    `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY e.name, e.id LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => JSON.stringify([row.name, row.id]));
}

export async function experimentationById(db: DataSource | EntityManager, seeAll: boolean, id: string): Promise<ExperimentationRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.query(`${SELECT} WHERE e.id = $1 AND ${visible(seeAll)}`, [id]);
  return row ?? null;
}

const COLUMNS = [
  'name',
  'summary',
  'partners',
  'start_date',
  'end_date',
  'budget_euros',
  'status',
  'beneficiaries',
  'evaluation_summary',
  'outcomes',
  'published',
  'fictitious',
];

function outcomes(input: ExperimentationFields['outcomes']): OutcomeFigure[] {
  return (input ?? []).map((figure, i) => {
    if (!Number.isFinite(figure.value))
      throw badUserInput(`\`input.outcomes[${i}].value\` must be a number`, { argument: `input.outcomes[${i}].value` });
    return { label: requiredText(figure.label, `input.outcomes[${i}].label`), value: figure.value, unit: optionalText(figure.unit) };
  });
}

async function write(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  current: ExperimentationRow | null,
  input: ExperimentationFields,
) {
  const has = (key: keyof ExperimentationFields) => input[key] !== undefined || !current;
  const startDate = has('startDate') ? checkIsoDate(input.startDate, 'input.startDate') : current!.startDate;
  const endDate = has('endDate') ? checkIsoDate(input.endDate, 'input.endDate') : current!.endDate;
  if (startDate && endDate && endDate <= startDate)
    throw badUserInput('`input.endDate` must be after `input.startDate`', { argument: 'input.endDate' });
  const values = [
    has('name') ? requiredText(input.name, 'input.name') : current!.name,
    has('summary') ? requiredText(input.summary, 'input.summary') : current!.summary,
    has('partners') ? textList(input.partners, 'input.partners') : current!.partners,
    startDate,
    endDate,
    has('budgetEuros') ? checkNonNegative(input.budgetEuros, 'input.budgetEuros') : current!.budgetEuros,
    notNull(input.status, 'input.status') ?? current!.status,
    has('beneficiaries') ? checkNonNegative(input.beneficiaries, 'input.beneficiaries') : current!.beneficiaries,
    has('evaluationSummary') ? optionalText(input.evaluationSummary) : current!.evaluationSummary,
    JSON.stringify(has('outcomes') ? outcomes(input.outcomes) : current!.outcomes),
    notNull(input.published, 'input.published') ?? current?.published ?? false,
    notNull(input.fictitious, 'input.fictitious') ?? current?.fictitious ?? false,
  ];
  const communes = has('communes') ? await checkCommuneCodes(db, input.communes, 'input.communes') : null;
  return db.transaction(async (manager) => {
    if (current) {
      const sets = COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ');
      await manager.query(`UPDATE experimentation SET ${sets} WHERE id = $1`, [id, ...values]);
    } else {
      const placeholders = COLUMNS.map((_c, i) => `$${i + 2}`).join(', ');
      await manager.query(`INSERT INTO experimentation (id, ${COLUMNS.join(', ')}) VALUES ($1, ${placeholders})`, [id, ...values]);
    }
    if (communes) {
      await manager.query('DELETE FROM experimentation_commune WHERE experimentation_id = $1', [id]);
      if (communes.length) {
        await manager.query('INSERT INTO experimentation_commune (experimentation_id, commune_code) SELECT $1, unnest($2::text[])', [
          id,
          communes,
        ]);
      }
    }
    const action = current ? 'experimentation.update' : 'experimentation.create';
    await recordAudit(manager, context, [{ action, subjectType: 'Experimentation', subjectId: id, details: { name: values[0] } }]);
    return (await experimentationById(manager, true, id))!;
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
  if (!current) throw notFound(`Unknown experimentation ${id}`);
  return write(db, context, id, current, input);
}
