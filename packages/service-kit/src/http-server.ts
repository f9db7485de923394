// The HTTP layer under every subgraph (body limits, health, metrics server, graceful close), so
// a service file only says what the service is.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { tagRequestId } from '@equality-graph/telemetry';
import type { RequestContext } from './apollo-plugins';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

/** An HTTP-level refusal (401, 413...) answered before GraphQL runs. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly headers: Record<string, string> = {},
    /** Extra, client-safe extensions (e.g. which limit was hit). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Errors Apollo answers before any plugin runs (malformed request, CSRF refusal) carry no
 * request id; add it so every error a client sees can be found in the logs.
 */
function withRequestId(text: string, requestId: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(body.errors)) return text;
    for (const error of body.errors) error.extensions = { ...error.extensions, requestId };
    return JSON.stringify(body);
  } catch {
    return text;
  }
}

export interface RequestInfo {
  req: IncomingMessage;
  requestId: string;
  logger: Logger;
}

/** What the context builder sees once the body is read: it may set response headers. */
export interface ContextInfo extends RequestInfo {
  res: ServerResponse;
  /** The parsed JSON body (an array for a batch), or undefined for GET. */
  body: unknown;
}

export interface HttpServerOptions<C extends RequestContext> {
  apollo: ApolloServer<C>;
  metrics: ServiceMetrics;
  logger: Logger;
  maxBodyBytes: number;
  /** Operations allowed in one batched request (a JSON array body); unset: no check here. */
  maxBatchOperations?: number;
  /** Paths served as GraphQL (default ['/graphql']). */
  graphqlPaths?: string[];
  /**
   * Whether a safe `x-request-id` from the caller is kept (the gateway). A subgraph says no:
   * its request id comes from the gateway's signed token, which the context builder puts in
   * the context, never from a header anyone who reaches it can set.
   */
  requestIdFromHeader?: boolean;
  /** Builds the GraphQL context; throw HttpError to refuse the request. */
  context: (info: ContextInfo) => Promise<C>;
  /** Runs before the body is read (rate limits, CORS); may answer the request itself. */
  before?: (info: RequestInfo, res: ServerResponse) => Promise<boolean | void>;
  /** Readiness; an object adds what it holds to the /health/ready body (the gateway's supergraph). */
  ready: () => Promise<boolean | ({ ready: boolean } & Record<string, unknown>)>;
  /** Other routes (landing page); return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Paths of `routes` that get their own `route` label in http_requests_total (everything else
   * is `other`); an entry ending in `/*` labels every path under it with its prefix.
   */
  labelledRoutes?: string[];
}

const GRAPHQL_PATH = '/graphql';
const HEALTH_PATHS = ['/health/live', '/health/ready'];
const METRICS_PATH = '/metrics';
const route = (url: string) => url.split('?')[0];

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export function sendHttpError(res: ServerResponse, error: HttpError, requestId: string): void {
  // A refusal sent before the body was read: the client may still be sending it.
  if (!res.req.readableEnded) res.setHeader('connection', 'close');
  sendJson(
    res,
    error.status,
    { errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code, requestId } }] },
    { ...error.headers, [REQUEST_ID_HEADER]: requestId },
  );
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(req: IncomingMessage, text: string): unknown {
  if (text.length === 0) return undefined;
  const type = String(req.headers['content-type'] ?? '');
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON', 'BAD_REQUEST');
  }
}

/**
 * A plain node:http server around Apollo Server 5's executeHTTPGraphQLRequest: the three
 * subgraphs and the gateway share it, with health, metrics and the request id.
 */
export function createHttpServer<C extends RequestContext>(options: HttpServerOptions<C>): http.Server {
  const { apollo, metrics, logger } = options;
  const graphqlPaths = options.graphqlPaths ?? [GRAPHQL_PATH];

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, requestInfo: RequestInfo): Promise<void> {
    let info = requestInfo;
    try {
      if ((await options.before?.(info, res)) === true) return;
      if (req.method !== 'GET' && req.method !== 'POST') {
        throw new HttpError(405, 'Use GET or POST', 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
      }
      const body = req.method === 'POST' ? parseJsonBody(req, await readBody(req, options.maxBodyBytes)) : undefined;
      if (options.maxBatchOperations !== undefined && Array.isArray(body) && body.length > options.maxBatchOperations) {
        throw new HttpError(
          400,
          `A batch may hold at most ${options.maxBatchOperations} operations`,
          'OPERATION_LIMIT_EXCEEDED',
          {},
          {
            limit: 'batch',
          },
        );
      }
      const contextValue = await options.context({ ...info, res, body });
      // From here on, errors and headers carry the id the context settled on (a subgraph's
      // comes from the gateway's token).
      info = { ...info, requestId: contextValue.requestId };
      tagRequestId(info.requestId);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: new URL(req.url ?? '/', 'http://x').search, body },
        context: async () => contextValue,
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.setHeader(REQUEST_ID_HEADER, info.requestId);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(res.statusCode >= 400 ? withRequestId(response.body.string, info.requestId) : response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof HttpError) {
        sendHttpError(res, error, info.requestId);
      } else {
        info.logger.error({ err: error }, 'request failed');
        if (res.headersSent) {
          res.destroy();
          return;
        }
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: info.requestId } }],
        });
      }
    }
  }

  const labelled = [...HEALTH_PATHS, ...graphqlPaths, ...(options.labelledRoutes ?? [])];
  const routeLabel = (path: string) =>
    labelled.find((entry) => (entry.endsWith('/*') ? path === entry.slice(0, -2) || path.startsWith(entry.slice(0, -1)) : path === entry))?.replace(
      /\/\*$/,
      '',
    ) ?? 'other';

  return http.createServer((req, res) => {
    const path = route(req.url ?? '/');
    const requestId = requestIdFrom(options.requestIdFromHeader === false ? undefined : req.headers[REQUEST_ID_HEADER]);
    // Label values from a fixed set: any other path would add a time series per distinct URL.
    res.on('finish', () =>
      metrics.httpRequests.inc({
        route: routeLabel(path),
        status: String(res.statusCode),
      }),
    );
    if (path === '/health/live') return sendJson(res, 200, { status: 'ok' });
    if (path === '/health/ready') {
      void options.ready().then(
        (result) => {
          const { ready: ok, ...details } = typeof result === 'boolean' ? { ready: result } : result;
          sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', ...details });
        },
        () => sendJson(res, 503, { status: 'unavailable' }),
      );
      return;
    }
    if (graphqlPaths.includes(path)) {
      tagRequestId(requestId);
      void handleGraphql(req, res, { req, requestId, logger: logger.child({ requestId }) });
      return;
    }
    if (options.routes?.(req, res)) return;
    sendJson(
      res,
      404,
      { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId } }] },
      { [REQUEST_ID_HEADER]: requestId },
    );
  });
}

/**
 * /metrics on a port of its own (METRICS_PORT, on 127.0.0.1 unless METRICS_HOST says
 * otherwise): what it tells (operation names, traffic, SQL volume) is for the scraper, not
 * for whoever reaches the public port, and the public port answers 404 there.
 */
export function createMetricsServer(metrics: ServiceMetrics): http.Server {
  return http.createServer((req, res) => {
    if (route(req.url ?? '/') !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    }
    metrics.registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      },
      () => sendJson(res, 500, { errors: [{ message: 'Metrics unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    );
  });
}

export async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Stops accepting, lets in-flight requests finish up to the grace period, then cuts the rest. */
export async function closeGracefully(server: http.Server, graceMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
}
