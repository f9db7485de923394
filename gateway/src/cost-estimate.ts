// The cost of an operation (the caller's budget is callerLimits' in caller-limits.ts): one calculation, used by the gateway's
// refusal (costLimitPlugin in operation-limits.ts) and by the console's preview (/console/cost),
// so the number shown before running is the number enforced.
import { GraphQLError, getNamedType, getNullableType, isListType, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { CostMemo } from './cost-memo';
import type { GatewayEnvironment } from './environment';
import { assertInputsWithinLimits, gatewayInputLimits } from './input-limits';
import { LIST_SIZE_HINTS } from './list-size-hints';

const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

/**
 * Each field costs 1; a field taking `first`/`last`/`limit` multiplies the cost of its
 * selection by that number (or the default list size when the argument is left out); any
 * other list multiplies by its known bound (list-size-hints.ts) or the default size, except the
 * `edges`/`nodes` of a connection, whose size the connection field already counted. Every
 * item of a list in the field's arguments adds 1: a subgraph's work grows with the filter
 * list it is handed (one `= ANY` comparison per row and item) as it does with a field.
 */
export function listSizeEstimator(defaultListSize: number, hints: Readonly<Record<string, number>> = LIST_SIZE_HINTS): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection is answered by the gateway itself, from memory.
    if (field.name.startsWith('__')) return 0;
    const sizeArgument = field.args.find((a) => SIZE_ARGUMENTS.includes(a.name));
    let size = 1;
    if (sizeArgument) {
      const value = args[sizeArgument.name];
      size = typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : defaultListSize;
    } else if (isListType(getNullableType(field.type)) && !/Connection$/.test(getNamedType(type).name)) {
      size = hints[`${getNamedType(type).name}.${field.name}`] ?? defaultListSize;
    }
    return 1 + size * childComplexity + listItems(args);
  };
}

/** Items of every list in coerced argument values, through input objects and nested lists. */
export function listItems(value: unknown): number {
  let items = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      items += next.length;
      pending.push(...next);
    } else if (next !== null && typeof next === 'object') {
      pending.push(...Object.values(next));
    }
  }
  return items;
}

export interface CostQuestion {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null | undefined;
  variables: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Checks the operation's input sizes (input-limits.ts), then computes its cost. Inputs are
 * checked first because the cost estimate coerces the variables: the very 200,000 items the
 * check is there to refuse. A document and variables that passed the input check once have the
 * same cost for every caller (only the budget depends on the caller): the cost is remembered
 * (cost-memo.ts), so the walk over the operation runs once per distinct operation.
 */
export class CostEstimator {
  private readonly estimator: ComplexityEstimator;
  private readonly inputLimits: ReturnType<typeof gatewayInputLimits>;
  private readonly costs = new CostMemo();

  constructor(
    env: Pick<GatewayEnvironment, 'COST_DEFAULT_LIST_SIZE'> & Parameters<typeof gatewayInputLimits>[0],
    private readonly exposeLimits: boolean,
    private readonly limitCode: string,
  ) {
    this.estimator = listSizeEstimator(env.COST_DEFAULT_LIST_SIZE);
    this.inputLimits = gatewayInputLimits(env);
  }

  cost({ schema, document, operation, operationName, variables }: CostQuestion): number {
    let cost = this.costs.get(schema, document, operationName, variables);
    if (cost !== undefined) return cost;
    assertInputsWithinLimits(schema, document, operation, variables, this.inputLimits, this.exposeLimits, this.limitCode);
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables: variables ?? {},
        estimators: [this.estimator],
      });
    } catch (error) {
      throw new GraphQLError(error instanceof Error ? error.message : 'Invalid variables', {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    this.costs.set(schema, document, operationName, variables, cost);
    return cost;
  }
}
