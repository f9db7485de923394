// POST /graphql/export: the operation a caller would send to /graphql, executed page by page
// through the same Apollo Server with a context from the same context function (identity, rate
// limit, allow-list, cost, introspection gate, deadlines, subgraph audits), its list streamed as
// CSV or NDJSON. See the README's analysts section for the contract.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  HttpError,
  REQUEST_ID_HEADER,
  requestIdFrom,
  sendHttpError,
  type ContextInfo,
  type Logger,
  type RequestInfo,
} from '@equality-graph/service-kit';
import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context';
import { CsvWriter } from './csv-writer';
import { cellsOf, listValue, rowsOf } from './flatten';
import { findExportList, type ExportList } from './list-selection';
import { contentTypeOf, negotiateExport, type ExportRequest } from './negotiation';
import { NdjsonWriter } from './ndjson-writer';
import { pagedDocument, type PagedDocument } from './pagination';
import { readExportBody, type ExportBody } from './request-body';

export const EXPORT_PATH = '/graphql/export';
/** HTTP trailer of every export answer: `complete`, or `incomplete; code=<code>`. */
export const STATUS_TRAILER = 'x-export-status';

export interface ExportOptions {
  apollo: ApolloServer<GatewayContext>;
  /** The API schema being served (the gateway's current supergraph). */
  schema: () => GraphQLSchema | undefined;
  /** The function /graphql builds its context with. */
  context: (info: ContextInfo) => Promise<GatewayContext>;
  before?: (info: RequestInfo, res: ServerResponse) => Promise<boolean | void>;
  maxBodyBytes: number;
  /** The parser's token ceiling of /graphql: the export reads the document before Apollo does. */
  maxTokens: number;
  operationTimeoutMs: number;
  maxRows: number;
  pageSize: number;
  logger: Logger;
}

interface PageAnswer {
  status: number;
  headers: HeaderMap;
  text: string;
  body?: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

class ExportStop extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName === undefined
    ? operations.length === 1
      ? operations[0]
      : undefined
    : operations.find((o) => o.name?.value === operationName);
}

/** The document, when the gateway can plan an export of it; undefined leaves the answer to Apollo. */
function understood(schema: GraphQLSchema, body: ExportBody, maxTokens: number) {
  let document: DocumentNode;
  try {
    // Over the ceiling Apollo refuses it with the error /graphql gives, without our parse first.
    document = parse(body.query, { maxTokens });
  } catch {
    return undefined;
  }
  const operation = operationOf(document, body.operationName);
  if (!operation || validate(schema, document).length > 0) return undefined;
  return { document, operation };
}

export function exportRoute(options: ExportOptions) {
  async function page(req: IncomingMessage, base: GatewayContext, body: ExportBody): Promise<PageAnswer> {
    // The caller's headers (Authorization, content type for Apollo's CSRF check), but the
    // export's own Accept (text/csv...) is for this route: Apollo answers each page as JSON.
    const given = Object.entries(req.headers).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, [value].flat().join(', ')] as [string, string]],
    );
    const headers = new HeaderMap([...given, ['accept', 'application/json']]);
    // Each page is an operation: its own time budget and internal tokens, as a JSON request has.
    const contextValue: GatewayContext = {
      ...base,
      internalTokens: undefined,
      deadline: AbortSignal.timeout(options.operationTimeoutMs),
      deadlineAt: Date.now() + options.operationTimeoutMs,
    };
    const answer = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => contextValue,
    });
    const text = answer.body.kind === 'complete' ? answer.body.string : '';
    let parsed: PageAnswer['body'];
    try {
      parsed = JSON.parse(text) as PageAnswer['body'];
    } catch {
      parsed = undefined;
    }
    return { status: answer.status ?? 200, headers: answer.headers, text, body: parsed };
  }

  /** Before any row: the page's answer exactly as /graphql gives it (status, headers, errors with the request id). */
  function answerAsGraphql(res: ServerResponse, answer: PageAnswer, requestId: string): void {
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.statusCode = answer.status;
    const errors = answer.body?.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
    res.end(errors ? JSON.stringify({ ...answer.body, errors }) : answer.text);
  }

  async function write(res: ServerResponse, text: string): Promise<void> {
    // A client that stops reading holds the export here; one that hangs up ends it (see the loop).
    if (text && !res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }

  async function stream(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    context: GatewayContext,
    body: ExportBody,
    request: ExportRequest,
  ) {
    const schema = options.schema();
    if (!schema) throw new HttpError(503, 'The gateway has no supergraph yet', 'SERVICE_UNAVAILABLE', { 'retry-after': '5' });
    const plan = understood(schema, body, options.maxTokens);
    if (!plan) return answerAsGraphql(res, await page(req, context, body), requestId);
    if (plan.operation.operation !== 'query') throw new HttpError(400, 'Only queries can be exported', 'BAD_USER_INPUT');
    let list: ExportList;
    try {
      list = findExportList(schema, plan.operation, fragmentsOf(plan.document), request.listPath);
    } catch (error) {
      if (error instanceof GraphQLError) throw new HttpError(400, error.message, 'BAD_USER_INPUT');
      throw error;
    }
    const paged: PagedDocument | undefined = list.pageable
      ? pagedDocument(plan.document, body.operationName, list, body.query, options.pageSize)
      : undefined;
    const names = list.columns.map((c) => c.name);
    const writer = request.format === 'csv' ? new CsvWriter(request.separator) : new NdjsonWriter(names);
    let variables: Record<string, unknown> = { ...body.variables, ...paged?.firstVariables };
    let written = 0;
    let started = false;
    try {
      for (;;) {
        const answer = await page(req, context, { ...body, query: paged?.query ?? body.query, variables });
        const data = answer.status < 400 && !answer.body?.errors?.length ? answer.body?.data : undefined;
        // A page with any error is the export's end: before any row, the answer /graphql gives.
        if ((data === undefined || data === null) && !started) return answerAsGraphql(res, answer, requestId);
        if (data === undefined || data === null) {
          const error = answer.body?.errors?.[0];
          throw new ExportStop(
            String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            error?.message ?? `page answered HTTP ${answer.status}`,
          );
        }
        const rows = rowsOf(data, list);
        const connection = listValue(data, list) as Record<string, unknown> | null;
        const total = paged?.totalKey ? connection?.[paged.totalKey] : list.pageable ? undefined : rows.length;
        if (!started && typeof total === 'number' && total > options.maxRows) {
          // Known before any row leaves: refused like any other limit.
          throw new HttpError(
            400,
            `The export holds ${total} rows, above the ceiling of ${options.maxRows} (EXPORT_MAX_ROWS): narrow the filter`,
            'OPERATION_LIMIT_EXCEEDED',
            {},
            { limit: 'exportRows' },
          );
        }
        if (!started) {
          started = true;
          res.writeHead(200, {
            'content-type': contentTypeOf(request.format),
            'content-disposition': `attachment; filename="export.${request.format}"`,
            'cache-control': 'no-store',
            trailer: STATUS_TRAILER,
            [REQUEST_ID_HEADER]: requestId,
          });
          await write(res, request.format === 'csv' ? writer.header(names) : '');
        }
        const room = options.maxRows - written;
        await write(
          res,
          rows
            .slice(0, room)
            .map((row) => writer.line(cellsOf(row, list.columns)))
            .join(''),
        );
        written += Math.min(rows.length, room);
        const pageInfo = connection?.[paged?.pageInfoKey ?? ''] as { hasNextPage?: boolean; endCursor?: string | null } | undefined;
        const next = paged && pageInfo?.hasNextPage && pageInfo.endCursor ? { [paged.afterVariable]: pageInfo.endCursor } : undefined;
        const more = next !== undefined;
        if (rows.length > room || (more && written >= options.maxRows)) {
          throw new ExportStop(
            'OPERATION_LIMIT_EXCEEDED',
            `The export stopped at the ceiling of ${options.maxRows} rows (EXPORT_MAX_ROWS); more rows remain: narrow the filter`,
          );
        }
        if (!next || res.destroyed) break;
        variables = { ...variables, ...next };
      }
      res.addTrailers({ [STATUS_TRAILER]: 'complete' });
      res.end();
    } catch (error) {
      if (!started) throw error;
      const stop = error instanceof ExportStop ? error : new ExportStop('INTERNAL_SERVER_ERROR', 'The export failed');
      if (!(error instanceof ExportStop)) options.logger.error({ err: error, requestId }, 'export failed after rows were sent');
      res.write(writer.incomplete(stop.code, stop.message));
      res.addTrailers({ [STATUS_TRAILER]: `incomplete; code=${stop.code}` });
      res.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const info: RequestInfo = { req, requestId, logger: options.logger.child({ requestId }) };
    try {
      if ((await options.before?.(info, res)) === true) return;
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
      const request = negotiateExport(req);
      const body = await readExportBody(req, options.maxBodyBytes);
      const context = await options.context({ ...info, res, body });
      await stream(req, res, context.requestId, context, body, request);
    } catch (error) {
      if (error instanceof HttpError) return sendHttpError(res, error, requestId);
      info.logger.error({ err: error }, 'export failed');
      if (res.headersSent) return void res.destroy();
      sendHttpError(res, new HttpError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR'), requestId);
    }
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.url ?? '/').split('?')[0] !== EXPORT_PATH) return false;
    void handle(req, res);
    return true;
  };
}

function fragmentsOf(document: DocumentNode) {
  return new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
}

type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The first of `routes` that handles the request (the HTTP server takes one `routes` function). */
export const anyRoute =
  (...routes: Route[]): Route =>
  (req, res) =>
    routes.some((route) => route(req, res));
