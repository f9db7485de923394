// Turns tracing on when an OTLP endpoint is configured, and only then loads the SDK: a process
// without OTEL_EXPORTER_OTLP_ENDPOINT pays for one environment read and nothing else.
import { loadTelemetryEnvironment, tracingEnabled } from './environment';

let running: { shutdown(): Promise<void> } | undefined;

/**
 * Must run before `http`, `pg` and `graphql` are first required (instrumentation patches them
 * at require time): each process's `src/tracing.ts` calls it and is the first import of its
 * `src/index.ts`, under tsx and in the built dist/ alike.
 */
export function startTracing(serviceName: string, env = loadTelemetryEnvironment()): boolean {
  if (running || !tracingEnabled(env)) return false;
  // A synchronous, conditional load: the SDK stays unloaded when tracing is off, and must be in
  // place before the next import of index.ts runs.
  const { startSdk } = require('./sdk') as typeof import('./sdk');
  running = startSdk(env.OTEL_SERVICE_NAME ?? serviceName, env);
  return true;
}

/** Sends the spans still buffered (called on shutdown, before the process exits). */
export async function flushTracing(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown();
}
