// Tracing off costs nothing: without an OTLP endpoint no part of the SDK is loaded; with one it is
// started. Each probe is a fresh Node process, as a service's index.ts would be.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PROBE = [
  "const { startTracing } = require('./packages/telemetry/src/start');",
  "const on = startTracing('probe');",
  "const loaded = Object.keys(require.cache).filter((k) => k.includes('@opentelemetry/sdk-node') || k.includes('@opentelemetry/instrumentation-pg'));",
  'console.log(JSON.stringify({ on, loaded: loaded.length }));',
  'process.exit(0);',
].join('\n');

function probe(env: Record<string, string>): { on: boolean; loaded: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', PROBE], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return JSON.parse(output.toString().trim().split('\n').pop() ?? '{}') as { on: boolean; loaded: number };
}

test('without OTEL_EXPORTER_OTLP_ENDPOINT tracing is off and the SDK is never loaded', () => {
  expect(probe({})).toEqual({ on: false, loaded: 0 });
});

test('with an endpoint, tracing starts with the SDK and the instrumentations', () => {
  const result = probe({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' });
  expect(result.on).toBe(true);
  expect(result.loaded).toBeGreaterThan(1);
});

test('a bad endpoint stops the start with the variable named', () => {
  expect(() => probe({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: must be a URL/);
});
