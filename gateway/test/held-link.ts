// The network link between the gateway and one subgraph process, able to hold requests
// half-sent: the subgraph then has them in flight (headers and all but the last byte of the
// body received) until the test releases them, which makes "SIGTERM while requests are in
// flight" a fact of the test rather than a matter of timing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startHeldLink(target: string) {
  const state = { holdNext: 0, inFlight: 0, forwarded: 0, errors: 0 };
  const held: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // One connection per request, closed after it: no idle keep-alive socket outlives the test.
      const headers = { ...req.headers, connection: 'close', 'content-length': String(body.length) };
      const upstream = http.request(target, { method: req.method, headers, agent: false }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => (state.inFlight -= 1));
      });
      state.inFlight += 1;
      state.forwarded += 1;
      upstream.on('error', () => {
        state.inFlight -= 1;
        state.errors += 1;
        res.destroy();
      });
      if (state.holdNext > 0 && body.length > 1) {
        state.holdNext -= 1;
        upstream.write(body.subarray(0, body.length - 1));
        held.push(() => upstream.end(body.subarray(body.length - 1)));
      } else {
        upstream.end(body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    state,
    /** The next `count` requests stay in flight at the subgraph until `release`. */
    hold(count: number) {
      state.holdNext = count;
    },
    held: () => held.length,
    release(): number {
      const released = held.splice(0);
      for (const finish of released) finish();
      return released.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
