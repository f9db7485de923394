// Depth, aliases, directives, tokens and cost budgets, refused before any subgraph is called;
// the limits the README's Security section lists.
import type { ApolloServerPlugin } from '@apollo/server';
import { hasScope, type Scope } from '@equality-graph/auth';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GatewayContext } from './context';
import type { GatewayEnvironment } from './environment';
import { CostMemo } from './cost-memo';
import { assertInputsWithinLimits, gatewayInputLimits } from './input-limits';
import { LIST_SIZE_HINTS } from './list-size-hints';

export const LIMIT_CODE = 'OPERATION_LIMIT_EXCEEDED';
const GENERIC_MESSAGE = 'The operation exceeds a limit of this API';
/** Scope whose holders (analysts, admins) get the larger cost budget. */
export const ANALYST_SCOPE: Scope = 'statistics:raw';

export interface LimitSettings {
  exposeLimits: boolean;
  production: boolean;
}

/**
 * Depth, aliases and directives: GraphQL Armor's validation rules, run before planning, so
 * no subgraph is called. Each rejection is reported as OPERATION_LIMIT_EXCEEDED with the
 * name of the limit (Apollo turns every validation error into GRAPHQL_VALIDATION_FAILED;
 * `limitErrorFormatter` restores our code from `extensions.limit`).
 */
export function armorValidationRules(env: GatewayEnvironment, settings: LimitSettings): ValidationRule[] {
  const reject =
    (limit: string): GraphQLArmorRejectCallback =>
    (ctx, error) =>
      ctx?.reportError(
        new GraphQLError(settings.exposeLimits ? error.message : GENERIC_MESSAGE, {
          nodes: error.nodes,
          extensions: { code: LIMIT_CODE, limit },
        }),
      );
  const common = (limit: string) => ({ exposeLimits: settings.exposeLimits, propagateOnRejection: false, onReject: [reject(limit)] });
  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_DEPTH, ...common('depth') },
    maxAliases: { n: env.MAX_ALIASES, ...common('aliases') },
    maxDirectives: { n: env.MAX_DIRECTIVES, ...common('directives') },
    // Tokens: graphql-js's own parser limit (parseOptions.maxTokens) stops parsing at the limit;
    // Armor's Apollo token plugin throws from a hook Apollo turns into a 500.
    maxTokens: { enabled: false },
    // Cost: list-size aware and per role, in `costLimitPlugin`.
    costLimit: { enabled: false },
    // Suggestions: Apollo's hideSchemaDetailsFromClientErrors removes them in production.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/**
 * Apollo's formatError: our limit code back on Armor's and the parser's refusals, and
 * BAD_REQUEST on the client errors Apollo raises without a code (a bad APQ version or hash),
 * which masking would otherwise turn into "Internal server error".
 */
export function clientErrorFormatter(settings: LimitSettings) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const status = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && status !== undefined && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    const limit = formatted.extensions?.limit;
    if (typeof limit === 'string') return { ...formatted, extensions: { ...formatted.extensions, code: LIMIT_CODE } };
    if (TOKEN_LIMIT.test(formatted.message)) {
      const { locations: _locations, ...rest } = formatted;
      void _locations;
      return {
        ...rest,
        message: settings.exposeLimits ? formatted.message : GENERIC_MESSAGE,
        extensions: { ...formatted.extensions, code: LIMIT_CODE, limit: 'tokens' },
      };
    }
    return formatted;
  };
}

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

/**
 * Checks the operation's input sizes (input-limits.ts), then computes its cost before the
 * gateway plans it, and refuses it above the caller's budget (analysts get a larger one):
 * OPERATION_LIMIT_EXCEEDED, HTTP 400. Inputs are checked here rather than in a plugin of
 * their own because Apollo runs every plugin's didResolveOperation even once one refused, and
 * the cost estimate coerces the variables: the very 200,000 items the check is there to refuse.
 * A document and variables that passed the input check once have the same cost for every
 * caller (only the budget depends on the caller): the cost is remembered (cost-memo.ts), so the
 * walk over the operation runs once per distinct operation, not once per request.
 */
export function costLimitPlugin(env: GatewayEnvironment, settings: LimitSettings): ApolloServerPlugin<GatewayContext> {
  const estimator = listSizeEstimator(env.COST_DEFAULT_LIST_SIZE);
  const inputLimits = gatewayInputLimits(env);
  const costs = new CostMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue }) {
          if (!operation) return; // operationResolutionPlugin answers
          const analyst = hasScope(contextValue.identity, ANALYST_SCOPE);
          const budget = analyst ? env.MAX_COST_ANALYST : env.MAX_COST;
          let cost = costs.get(schema, document, operationName, request.variables);
          if (cost === undefined) {
            assertInputsWithinLimits(schema, document, operation, request.variables, inputLimits, settings.exposeLimits, LIMIT_CODE);
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [estimator],
              });
            } catch (error) {
              throw new GraphQLError(error instanceof Error ? error.message : 'Invalid variables', {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            costs.set(schema, document, operationName, request.variables, cost);
          }
          if (cost > budget) {
            throw new GraphQLError(settings.exposeLimits ? `The operation costs ${cost}, above the budget of ${budget}` : GENERIC_MESSAGE, {
              extensions: { code: LIMIT_CODE, limit: 'cost', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * An operation name that matches nothing (or none given for a multi-operation document), or
 * an operation type the API lacks (subscriptions: the gateway serves none), makes
 * @apollo/gateway throw, which Apollo answers as a 500: refuse it as the client's error.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (operation && operation.operation !== 'subscription' && schema.getRootType(operation.operation)) return;
          if (operation) {
            // graphql-js validates fields against a missing root type as nothing at all.
            throw new GraphQLError(`This API has no ${operation.operation} operations`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          const message =
            typeof request.operationName === 'string'
              ? `Unknown operation named "${request.operationName}"`
              : 'Must provide operation name if query contains multiple operations';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
