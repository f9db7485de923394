// SQL statements each subgraph runs for each headline query (db_statements_total before/after on
// its metrics port): figures that do not depend on the machine, printed beside the load figures.
import { postGraphql } from '@equality-graph/testing';
import { counter } from './metrics';
import type { Shape } from './shapes';

export interface StatementCounts {
  label: string;
  bySubgraph: Record<string, number>;
}

export async function statementCounts(
  gatewayUrl: string,
  subgraphs: { name: string; metricsUrl: string }[],
  shapes: Pick<Shape, 'label' | 'query' | 'variables' | 'role'>[],
  tokenFor: (shape: Pick<Shape, 'role'>) => string | undefined,
): Promise<StatementCounts[]> {
  const out: StatementCounts[] = [];
  for (const shape of shapes) {
    const before = await Promise.all(subgraphs.map((s) => counter(s.metricsUrl, 'db_statements_total')));
    // gatewayUrl is a gateway without answer cache: the figures are the subgraphs' work per query.
    const { body } = await postGraphql(gatewayUrl, shape.query, { token: tokenFor(shape), variables: shape.variables });
    const after = await Promise.all(subgraphs.map((s) => counter(s.metricsUrl, 'db_statements_total')));
    if (body.errors) throw new Error(`${shape.label}: ${JSON.stringify(body.errors)}`);
    out.push({ label: shape.label, bySubgraph: Object.fromEntries(subgraphs.map((s, i) => [s.name, after[i] - before[i]])) });
  }
  return out;
}
