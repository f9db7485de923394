// Prometheus metrics of every subgraph with bounded labels, shared so no service can add
// unbounded series.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The label of a request that names no operation. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The label of every operation name outside the bounded set. */
export const OTHER_OPERATION = 'other';
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/**
 * How many distinct names a process without an allow-list labels before answering `other`.
 * Each name costs about 1.5 kB of /metrics (a histogram of 11 buckets and a counter), so 50
 * bound an attacker's growth to ~75 kB, yet cover every operation a real client set sends.
 */
export const MAX_LEARNED_OPERATION_NAMES = 50;
/** @apollo/gateway names a subgraph fetch `<client name>__<subgraph>__<index>`. */
const GATEWAY_FETCH_SUFFIX = /__[A-Za-z0-9_]+?__\d+$/;

/**
 * Maps a client-chosen operation name to a Prometheus label from a bounded set: a label
 * value is a new time series kept for the life of the process, so a raw name lets one
 * request grow /metrics without limit.
 * - With `known` names (the gateway's allow-list), exactly those; anything else is `other`.
 * - Without (a subgraph, which only sees names derived from the client's), the first
 *   MAX_LEARNED_OPERATION_NAMES well-formed names; later ones are `other`. Someone who can
 *   call the subgraph may fill those slots with junk, which only blurs per-operation figures.
 */
export class OperationLabels {
  private readonly known: ReadonlySet<string> | undefined;
  private readonly learned = new Set<string>();
  private readonly maxLearned: number;

  constructor(options: { known?: Iterable<string>; maxLearned?: number } = {}) {
    this.known = options.known ? new Set([...options.known].filter((name) => OPERATION_NAME.test(name))) : undefined;
    this.maxLearned = options.maxLearned ?? MAX_LEARNED_OPERATION_NAMES;
  }

  label(operationName: string | null | undefined): string {
    if (!operationName) return ANONYMOUS_OPERATION;
    const name = operationName.replace(GATEWAY_FETCH_SUFFIX, '');
    if (this.known) return this.known.has(name) ? name : OTHER_OPERATION;
    if (!OPERATION_NAME.test(name)) return OTHER_OPERATION;
    if (this.learned.has(name)) return name;
    if (this.learned.size >= this.maxLearned) return OTHER_OPERATION;
    this.learned.add(name);
    return name;
  }
}

/** One registry per server, so several servers in one test process keep separate counts. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly graphqlRequests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name (bounded set, "other" beyond) and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name (bounded set, "other" beyond)',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly dbStatements = new Counter({
    name: 'db_statements_total',
    help: 'SQL statements sent to PostgreSQL by this process',
    registers: [this.registry],
  });

  constructor(
    service: string,
    defaults = true,
    /** How operation names become labels; see OperationLabels. */
    readonly operations: OperationLabels = new OperationLabels(),
  ) {
    this.registry.setDefaultLabels({ service });
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }
}
