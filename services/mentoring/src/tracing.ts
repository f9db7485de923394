// The first import of index.ts: traces (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch
// http, pg and graphql before anything requires them.
import { startTracing } from '@equality-graph/telemetry';

startTracing('mentoring');
