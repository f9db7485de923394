// Minimal GraphQL-over-HTTP client and /metrics counter reader used by every test package.
export interface GraphqlResponse<D = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: D | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/** A plain HTTP POST, as a client sends it: tests go through the real servers. */
export async function postGraphql<D = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string | null; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse<D>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  let body: GraphqlResponse<D>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

/** Reads one counter from a Prometheus /metrics page (summed over its label sets). */
export async function readCounter(metricsUrl: string, name: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** The first error's `extensions.code` of an answer (undefined when it has no error). */
export function errorCode(response: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] | null } }): unknown {
  return response.body.errors?.[0]?.extensions?.code;
}
