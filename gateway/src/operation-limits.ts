// Depth, aliases, directives, tokens and cost budgets, refused before any subgraph is called;
// the limits the README's Security section lists.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { GatewayContext } from './context';
import type { GatewayEnvironment } from './environment';
import { callerLimits, callerLimitsPlugin, depthCeilingRule } from './caller-limits';
import { CostEstimator } from './cost-estimate';

// The cost calculation lives in cost-estimate.ts (the console's cost preview runs it too).
export { listItems, listSizeEstimator } from './cost-estimate';

export const LIMIT_CODE = 'OPERATION_LIMIT_EXCEEDED';
export const GENERIC_MESSAGE = 'The operation exceeds a limit of this API';
// Scope whose holders get the larger budgets; kept exported from here for existing importers.
export { ANALYST_SCOPE } from './caller-limits';

export interface LimitSettings {
  exposeLimits: boolean;
  production: boolean;
}

/**
 * The depth ceiling (caller-limits.ts), aliases and directives (GraphQL Armor): validation
 * rules, run before planning, so no subgraph is called. Each rejection is reported as OPERATION_LIMIT_EXCEEDED with the name of
 * the limit (Apollo turns every validation error into GRAPHQL_VALIDATION_FAILED;
 * `clientErrorFormatter` restores our code from `extensions.limit`). Depth and tokens below the
 * ceiling depend on the caller, and Apollo caches validation per document: `depthAndTokenLimitPlugin`.
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
    // Depth: without connection wrappers, the analysts' limit as a ceiling here, everyone
    // else's per request (caller-limits.ts).
    maxDepth: { enabled: false },
    maxAliases: { n: env.MAX_ALIASES, ...common('aliases') },
    maxDirectives: { n: env.MAX_DIRECTIVES, ...common('directives') },
    // Tokens: graphql-js's own parser limit (parseOptions.maxTokens, the analysts' limit) stops
    // parsing there; everyone else's is checked per request (caller-limits.ts). Armor's Apollo
    // token plugin throws from a hook Apollo turns into a 500.
    maxTokens: { enabled: false },
    // Cost: list-size aware and per role, in `costLimitPlugin`.
    costLimit: { enabled: false },
    // Suggestions: Apollo's hideSchemaDetailsFromClientErrors removes them in production.
    blockFieldSuggestion: { enabled: false },
  });
  return [
    depthCeilingRule(env, { exposeLimits: settings.exposeLimits, code: LIMIT_CODE, genericMessage: GENERIC_MESSAGE }),
    ...armor.protect().validationRules,
  ];
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

/**
 * Depth and tokens against the caller's limits (caller-limits.ts), on every request: Apollo caches
 * validation per document, so these cannot live in a validation rule.
 */
export function depthAndTokenLimitPlugin(env: GatewayEnvironment, settings: LimitSettings): ApolloServerPlugin<GatewayContext> {
  return callerLimitsPlugin(env, { exposeLimits: settings.exposeLimits, code: LIMIT_CODE, genericMessage: GENERIC_MESSAGE });
}

/**
 * Checks the operation's input sizes and computes its cost (cost-estimate.ts) before the
 * gateway plans it, and refuses it above the caller's budget (analysts get a larger one):
 * OPERATION_LIMIT_EXCEEDED, HTTP 400. Inputs are checked here rather than in a plugin of
 * their own because Apollo runs every plugin's didResolveOperation even once one refused.
 */
export function costLimitPlugin(env: GatewayEnvironment, settings: LimitSettings): ApolloServerPlugin<GatewayContext> {
  const costs = new CostEstimator(env, settings.exposeLimits, LIMIT_CODE);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue }) {
          if (!operation) return; // operationResolutionPlugin answers
          const budget = callerLimits(env, contextValue.identity).cost;
          const cost = costs.cost({ schema, document, operation, operationName, variables: request.variables });
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
