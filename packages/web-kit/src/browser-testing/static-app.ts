// A built browser app served for tests: its files from `dist` (unknown paths get index.html, as
// a history-API app needs) and /graphql and /auth/* forwarded to the gateway, so the app talks
// to its own origin exactly as it does behind the production server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticApp {
  url: string;
  stop(): Promise<void>;
}

const FORWARDED = /^\/(graphql|auth\/)/;

function forward(req: IncomingMessage, res: ServerResponse, gatewayUrl: string): void {
  const target = new URL(req.url ?? '/', gatewayUrl);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502).end();
  });
  req.pipe(upstream);
}

export async function serveStaticApp(options: { dist: string; gatewayUrl: string; headers?: Record<string, string> }): Promise<StaticApp> {
  const root = path.resolve(options.dist);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://app.invalid');
    if (FORWARDED.test(url.pathname)) return forward(req, res, options.gatewayUrl);
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    const target = file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : path.join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream', ...options.headers });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
