// The OpenTelemetry Node SDK as this project configures it (loaded only when tracing is on):
// HTTP, undici (the gateway's subgraph calls), GraphQL and pg instrumentations, W3C trace
// context, OTLP export, and what never goes on a span.
import type { IncomingMessage } from 'node:http';
import type { Context } from '@opentelemetry/api';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK, resources, tracing } from '@opentelemetry/sdk-node';
import type { TelemetryEnvironment } from './environment';
import { REQUEST_ID_ATTRIBUTE, requestIdIn } from './request-id';

/** Copies the parent's request id onto every new span of the same process. */
class RequestIdSpanProcessor implements tracing.SpanProcessor {
  onStart(span: tracing.Span, parentContext: Context): void {
    const requestId = requestIdIn(parentContext);
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const pathOf = (request: IncomingMessage) => (request.url ?? '/').split('?')[0];

/** A GET's query string holds the operation and its variables: only the parameter names stay. */
function redactedQuery(request: IncomingMessage): Record<string, string> {
  const search = (request.url ?? '').split('?')[1];
  if (search === undefined) return {};
  const names = [...new URLSearchParams(search).keys()];
  return { 'url.query': names.map((name) => `${encodeURIComponent(name)}=REDACTED`).join('&') };
}

export function startSdk(serviceName: string, env: TelemetryEnvironment): { shutdown(): Promise<void> } {
  // Both exporters read OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT themselves and append /v1/traces.
  const exporter = env.OTEL_EXPORTER_OTLP_PROTOCOL === 'http/json' ? new JsonExporter() : new ProtobufExporter();
  const sdk = new NodeSDK({
    resource: resources.resourceFromAttributes({ 'service.name': serviceName }),
    // The request id is set before the batch processor sees the span end.
    spanProcessors: [new RequestIdSpanProcessor(), new tracing.BatchSpanProcessor(exporter)],
    // Traces only: metrics are Prometheus's (each /metrics), logs are pino's JSON lines. Without
    // these, the SDK would also export OTLP metrics and logs by default.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes are not requests anyone needs to follow.
        ignoreIncomingRequestHook: (request) => /^\/(health\/|metrics)/.test(pathOf(request)),
        // Header values (Authorization, cookies) are never recorded: no headersToSpanAsAttributes.
        startIncomingSpanHook: (request) => redactedQuery(request as IncomingMessage),
      }),
      new UndiciInstrumentation(),
      // allowValues false (the default): literals in graphql.source become "*"; variables are never read.
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
      // Statement text with $n placeholders only: parameter values stay off spans.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  return sdk;
}
