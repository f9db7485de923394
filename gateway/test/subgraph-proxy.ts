// A TCP-level stand-in in front of a real subgraph (pass, hang, count connections) for the
// resilience tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in in front of a real subgraph: passes requests through, or hangs them (accepts the
 * connection and never answers), and counts the TCP connections the gateway opened.
 */
export async function startSubgraphProxy(target: string) {
  const state = { mode: 'pass' as 'pass' | 'hang', connections: 0, received: 0 };
  const server = http.createServer((req, res) => {
    state.received += 1;
    if (state.mode === 'hang') return; // never answers
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    state,
    /** Kills the stand-in and every connection it holds, as a crashed process would. */
    kill: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
