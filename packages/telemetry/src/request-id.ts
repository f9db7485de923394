// The request id on spans: set on the span a request runs in, copied onto every span started
// under it (sdk.ts), so any span found in a trace leads to the log lines of its request.
import { trace, type Attributes, type Context } from '@opentelemetry/api';

export const REQUEST_ID_ATTRIBUTE = 'equality_graph.request_id';

/** Labels the active span (the HTTP server span of the request) with its request id; free when tracing is off. */
export function tagRequestId(requestId: string): void {
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
}

/** The request id of the span active in `context`, when it carries one. */
export function requestIdIn(context: Context): string | undefined {
  // The SDK's spans are readable (ReadableSpan); the API only types them as writable.
  const parent = trace.getSpan(context) as { attributes?: Attributes } | undefined;
  const id = parent?.attributes?.[REQUEST_ID_ATTRIBUTE];
  return typeof id === 'string' ? id : undefined;
}
