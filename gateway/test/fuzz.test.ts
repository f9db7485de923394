// Random, malformed and hostile requests against the real graph: always well-formed JSON errors,
// never a 500, a stack or a growing /metrics.
import fc from 'fast-check';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

/**
 * Generated malformed and random requests against a production-mode gateway: every answer
 * must be well-formed JSON, every error must carry a code and a request id, nothing may be a
 * 500 or show a stack trace, and the gateway must still serve afterwards.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({
    env: {
      NODE_ENV: 'production',
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://idp.example.test/',
      OIDC_AUDIENCE: 'equality-graph',
      OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks',
      RATE_LIMIT_MAX: '0',
    },
  });
});
afterAll(() => graph.stop());

const NAMES = [
  'communes',
  'commune',
  'me',
  'code',
  'name',
  'population',
  'mentoring',
  'training',
  'mentorCount',
  'menteeCount',
  'trainedCount',
  'id',
  'roles',
  '__typename',
  '__schema',
  '__type',
  'types',
  'nope',
  '_entities',
  '_service',
];
const name = fc.constantFrom(...NAMES);
const value = fc.oneof(
  fc.constant('"92050"'),
  fc.integer().map(String),
  fc.constant('$code'),
  fc.constant('null'),
  fc.constant('[1, 2]'),
  fc.string().map((s) => JSON.stringify(s)),
);
const args = fc.option(
  fc.array(fc.tuple(name, value), { maxLength: 2 }).map((pairs) => `(${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')})`),
  { nil: '' },
);
const directive = fc.option(fc.constantFrom('@include(if: true)', '@skip(if: $flag)', '@deprecated', '@unknown'), { nil: '' });
const { selection } = fc.letrec<{ selection: string }>((tie) => ({
  selection: fc
    .array(
      fc.tuple(
        fc.option(
          name.map((n) => `${n}1:`),
          { nil: '' },
        ),
        name,
        args,
        directive,
        fc.oneof(
          { depthSize: 'small' },
          fc.constant(''),
          tie('selection').map((s) => `{ ${String(s)} }`),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((fields) => fields.map((parts) => parts.join(' ')).join(' ')),
}));
const operation = fc
  .tuple(fc.constantFrom('', 'query Q($code: ID!, $flag: Boolean) ', 'mutation M ', 'subscription S ', 'fragment F on Commune '), selection)
  .map(([head, body]) => `${head}{ ${body} }`);
/** A valid operation with characters inserted, dropped or swapped. */
const mangled = fc
  .tuple(
    fc.constantFrom('{ communes { code name mentoring { mentorCount } } }', 'query Q($code: ID!) { commune(code: $code) { name } }'),
    fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { maxLength: 4 }),
  )
  .map(([text, edits]) =>
    edits.reduce<string>((t, [at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice((at % (t.length + 1)) + 1), text),
  );
const variables = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.record({ code: fc.oneof(fc.constant('92050'), fc.jsonValue()), flag: fc.jsonValue() }, { requiredKeys: [] }), weight: 4 },
  fc.jsonValue(),
);
const graphqlBody = fc.record(
  {
    query: fc.oneof({ arbitrary: operation, weight: 4 }, { arbitrary: mangled, weight: 4 }, fc.string(), fc.jsonValue()),
    variables,
    operationName: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, fc.constantFrom('Q', 'M', 'nope'), fc.jsonValue()),
    extensions: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 8 },
      fc.jsonValue(),
      fc.record({
        persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue()), sha256Hash: fc.oneof(fc.string(), fc.jsonValue()) }),
      }),
    ),
  },
  { requiredKeys: ['query'] },
);
interface FuzzRequest {
  method: 'GET' | 'POST';
  type: string;
  body?: string;
  search?: string;
}
const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { arbitrary: graphqlBody.map((body) => ({ method: 'POST' as const, body: JSON.stringify(body), type: 'application/json' })), weight: 16 },
  fc
    .array(graphqlBody, { maxLength: 12 })
    .map((batch) => ({ method: 'POST' as const, body: JSON.stringify(batch), type: 'application/json' })),
  fc.jsonValue().map((json) => ({ method: 'POST' as const, body: JSON.stringify(json), type: 'application/json' })),
  fc.string().map((text) => ({ method: 'POST' as const, body: text, type: 'application/json' })),
  fc
    .tuple(fc.string(), fc.constantFrom('text/plain', 'application/graphql', 'multipart/form-data'))
    .map(([text, type]) => ({ method: 'POST' as const, body: text, type })),
  fc.tuple(operation, fc.jsonValue()).map(([query, vars]) => ({
    method: 'GET' as const,
    search: `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(vars))}`,
    type: '',
  })),
);

type Answer = { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown; requestId?: unknown } }[] };

function checkAnswer(answer: Answer): void {
  expect(typeof answer).toBe('object');
  for (const error of answer.errors ?? []) {
    expect(typeof error.message).toBe('string');
    expect(typeof error.extensions?.code).toBe('string');
    expect(typeof error.extensions?.requestId).toBe('string');
  }
}

test('random and malformed requests always get well-formed JSON with error codes, never a 500 or a stack', async () => {
  await fc.assert(
    fc.asyncProperty(request, async (req) => {
      const response = await fetch(graph.gateway.url + (req.search ?? ''), {
        method: req.method,
        headers: { ...(req.type ? { 'content-type': req.type } : {}), 'apollo-require-preflight': 'true' },
        body: req.body,
      });
      const text = await response.text();
      expect(response.status).toBeLessThan(500);
      expect(text).not.toMatch(/stacktrace|\bat .+\.[jt]s:\d+|127\.0\.0\.1|ECONNREFUSED|SELECT /);
      const body = JSON.parse(text) as Answer | Answer[];
      if (Array.isArray(body)) body.forEach(checkAnswer);
      else {
        checkAnswer(body);
        if (response.status !== 200) expect(body.errors?.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );
  const health = await fetch(graph.gateway.url.replace('/graphql', '/health/live'));
  expect(health.status).toBe(200);
  const { body } = await graph.query<{ commune: { name: string } }>('{ commune(code: "92050") { name } }');
  expect(body.data!.commune.name).toBe('Nanterre');
}, 60_000);

/** Requests shaped like the attack's: long operation names, huge lists, NUL bytes. */
const longName = fc
  .tuple(fc.constantFrom('Q', '_', 'x'), fc.stringMatching(/^[A-Za-z0-9_]{0,64}$/), fc.integer({ min: 1, max: 20_000 }))
  .map(([first, chunk, length]) => (first + chunk.repeat(Math.ceil(length / Math.max(chunk.length, 1)))).slice(0, length) || first);
const hostileBody = fc.oneof(
  longName.map((opName) => ({ query: `query ${opName} { communes { code } }`, operationName: opName })),
  fc.tuple(longName, fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 100, max: 200_000 }))).map(([opName, size]) => ({
    query: `query ${opName}($f: ObservationFilter!) { observations(filter: $f, first: 5) { totalCount } }`,
    operationName: opName,
    variables: {
      f: { indicator: 'VIOLENCES_SEXUELLES', communes: Array.from({ length: size }, (_, i) => `92${String(i % 1000).padStart(3, '0')}`) },
    },
  })),
  fc.tuple(longName, fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([opName, before, after]) => ({
    query: `query ${opName}($code: ID!) { commune(code: $code) { name } }`,
    operationName: opName,
    variables: { code: `${before}\u0000${after}` },
  })),
  fc.string({ maxLength: 8 }).map((s) => ({ query: `{ commune(code: ${JSON.stringify(`9${s}\u0000`)}) { name } }` })),
);

async function metricsSizes(): Promise<number[]> {
  const urls = [graph.gateway.metricsUrl, ...Object.values(graph.subgraphs).map((s) => s.metricsUrl)];
  // Node's own metrics (prom-client defaults) are left out: a GC kind seen for the first time adds
  // a series whatever the requests were; the property is about series that requests can create.
  const requestDriven = (text: string) =>
    text
      .split('\n')
      .filter((line) => !/^(# (HELP|TYPE) )?(nodejs_|process_)/.test(line))
      .join('\n').length;
  return Promise.all(urls.map(async (url) => requestDriven(await (await fetch(url)).text())));
}

test('long operation names, huge lists and NUL bytes are refused cleanly and do not grow /metrics', async () => {
  const send = async (body: unknown) => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/stacktrace|\bat .+\.[jt]s:\d+|127\.0\.0\.1|SELECT |invalid byte sequence/);
    const answer = JSON.parse(text) as Answer;
    checkAnswer(answer);
    for (const error of answer.errors ?? []) {
      expect(['BAD_USER_INPUT', 'OPERATION_LIMIT_EXCEEDED', 'PAYLOAD_TOO_LARGE']).toContain(error.extensions?.code);
    }
  };
  // Every label combination these requests can create exists after the warm-up, so the
  // measured run may only change counter values, not add series.
  await fc.assert(fc.asyncProperty(hostileBody, send), { numRuns: 40, seed: 1 });
  const before = await metricsSizes();
  await fc.assert(fc.asyncProperty(hostileBody, send), { numRuns: 80, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) });
  const after = await metricsSizes();
  // Counter values may gain digits; a new series (about 1.5 kB) may not appear.
  after.forEach((size, i) => expect(size - before[i]).toBeLessThan(1_000));
}, 120_000);
