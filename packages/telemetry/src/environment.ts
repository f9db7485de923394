// The telemetry settings of every process, one zod schema: read before anything else loads, so
// that tracing (when it is on) is registered before http, pg and graphql are required.
import { z } from 'zod';

const url = z.string().url('must be a URL like http://collector:4318');

export const telemetryEnvironment = z.object({
  /** OTLP collector base URL (traces go to <url>/v1/traces); unset: no tracing at all, nothing loaded. */
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  /** Full OTLP traces URL, overriding OTEL_EXPORTER_OTLP_ENDPOINT for traces. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
  /** OTLP encoding: http/protobuf (when unset, the collectors' default) or http/json. */
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/protobuf', 'http/json']).optional(),
  /** Overrides the process's own name (gateway, mentoring...) as the traces' service.name. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});

export type TelemetryEnvironment = z.infer<typeof telemetryEnvironment>;

/** Parsed like the rest of a process's settings; a bad value stops the start with its name. */
export function loadTelemetryEnvironment(env: NodeJS.ProcessEnv = process.env): TelemetryEnvironment {
  const result = telemetryEnvironment.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`telemetry: invalid configuration\n${lines.join('\n')}`);
  }
  return result.data;
}

export const tracingEnabled = (env: TelemetryEnvironment) =>
  Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT);
