// POST /console/cost: the cost of an operation against the caller's budget, computed by the
// gateway's own calculation (cost-estimate.ts, callerLimits) before the console runs it, so the
// number shown is the number enforced. The caller's token is verified as on /graphql (a bad
// token is 401, never anonymous) and each preview counts against the caller's rate limit like a
// request; nothing is planned or sent to a subgraph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '@equality-graph/auth';
import { HttpError, REQUEST_ID_HEADER, requestIdFrom, sendHttpError, type Logger } from '@equality-graph/service-kit';
import { GraphQLError, Source, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { callerLimits } from '../caller-limits';
import { CostEstimator } from '../cost-estimate';
import type { GatewayEnvironment } from '../environment';
import { readExportBody, type ExportBody } from '../export/request-body';

export const COST_PATH = '/console/cost';

export interface CostPreviewOptions {
  env: GatewayEnvironment;
  exposeLimits: boolean;
  /** OPERATION_LIMIT_EXCEEDED, passed in: operation-limits.ts imports this folder's neighbours. */
  limitCode: string;
  /** The served API schema, read per request: it changes with the supergraph. */
  schema: () => GraphQLSchema | undefined;
  /** The caller, verified and admitted as /graphql does (throws 401 on a bad token, 429 over the rate limit). */
  identify: (req: IncomingMessage, res: ServerResponse) => Promise<Identity>;
  logger: Logger;
}

export interface CostAnswer {
  cost: number;
  budget: number;
  withinBudget: boolean;
  roles: string[];
  scopes: string[];
}

const badInput = (message: string, code = 'BAD_USER_INPUT') => new HttpError(400, message, code);

function parseDocument(query: string, maxTokens: number): DocumentNode {
  if (query.trim() === '') throw badInput('Send {"query": "...", "variables": {...}, "operationName": "..."}');
  try {
    return parse(new Source(query), { maxTokens });
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : 'The query does not parse', 'GRAPHQL_PARSE_FAILED');
  }
}

/** The answer for one body; throws HttpError for what the client got wrong. */
export function costOf(estimator: CostEstimator, options: Pick<CostPreviewOptions, 'env' | 'schema'>, identity: Identity, body: ExportBody): CostAnswer {
  const schema = options.schema();
  if (!schema) throw new HttpError(503, 'The gateway has no schema yet', 'SERVICE_UNAVAILABLE');
  const limits = callerLimits(options.env, identity);
  const document = parseDocument(body.query, limits.tokens);
  const errors = validate(schema, document, specifiedRules);
  if (errors.length > 0) throw badInput(errors[0].message, 'GRAPHQL_VALIDATION_FAILED');
  const { operationName, variables } = body;
  const operation = getOperationAST(document, operationName);
  if (!operation) throw badInput(operationName ? `Unknown operation named "${operationName}"` : 'Name the operation to price (the document holds several)');
  let cost: number;
  try {
    cost = estimator.cost({ schema, document, operation, operationName, variables });
  } catch (error) {
    if (error instanceof GraphQLError) throw badInput(error.message, String(error.extensions.code ?? 'BAD_USER_INPUT'));
    throw error;
  }
  return {
    cost,
    budget: limits.cost,
    withinBudget: cost <= limits.cost,
    roles: [...identity.roles],
    scopes: [...identity.scopes],
  };
}

export function costPreviewRoute(options: CostPreviewOptions) {
  const estimator = new CostEstimator(options.env, options.exposeLimits, options.limitCode);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    try {
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
      // The token first: a bad one is refused before the body is read.
      const identity = await options.identify(req, res);
      const body = await readExportBody(req, options.env.MAX_BODY_BYTES);
      const answer = costOf(estimator, options, identity, body);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', [REQUEST_ID_HEADER]: requestId });
      res.end(JSON.stringify(answer));
    } catch (error) {
      if (error instanceof HttpError) return sendHttpError(res, error, requestId);
      options.logger.error({ err: error, requestId }, 'cost preview failed');
      sendHttpError(res, new HttpError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR'), requestId);
    }
  };
}
