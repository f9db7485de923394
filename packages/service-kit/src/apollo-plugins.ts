// Apollo Server plugins every subgraph runs (error masking with request ids, request metrics),
// in the kit because production error handling must not differ between services.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';

export interface RequestContext extends BaseContext {
  requestId: string;
  logger: Logger;
  /** In a subgraph, the gateway's bounded label for the client operation (from its token). */
  operationLabel?: string;
}

/** Codes whose message is written for clients; every other error is masked in production. */
const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
]);

export function maskError(error: GraphQLFormattedError, production: boolean, requestId: string): GraphQLFormattedError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!production || CLIENT_SAFE_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = error.extensions ?? {};
    void _stack;
    void _exception;
    return { ...error, extensions: { ...(production ? extensions : error.extensions), code, requestId } };
  }
  return {
    message: 'Internal server error',
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/**
 * Masks internal errors in production (no SQL, stack or host names reach a client), stamps
 * every error with the request id so support can find the log line, and counts requests.
 */
export function observabilityPlugin<C extends RequestContext>(metrics: ServiceMetrics, production: boolean): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              contextValue.logger.error({ err: error.originalError ?? error, operationName, path: error.path }, error.message);
            } else {
              contextValue.logger.info({ code, operationName, path: error.path }, error.message);
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          // A subgraph labels with what the gateway bounded, not with the name the client chose.
          const operation = metrics.operations.label(contextValue.operationLabel ?? operationName);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe({ operation }, seconds);
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            metrics.graphqlRequests.inc({ operation, outcome: result.errors?.length ? 'error' : 'ok' });
            if (result.errors) result.errors = result.errors.map((e) => maskError(e, production, contextValue.requestId));
          }
        },
      };
    },
  };
}
