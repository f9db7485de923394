// Traces for the four processes: `startTracing` (called by each process's tracing.ts, the first
// import of its index.ts) and the request-id tag the HTTP layer sets. Loads no SDK when off.
export { loadTelemetryEnvironment, telemetryEnvironment, tracingEnabled, type TelemetryEnvironment } from './environment';
export { REQUEST_ID_ATTRIBUTE, tagRequestId } from './request-id';
export { flushTracing, startTracing } from './start';
