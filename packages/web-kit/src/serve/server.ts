// A small static server for a built browser app (Vite's dist/): its files with the strict
// security headers, client-side routes answered by index.html, and the gateway's paths proxied.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyTo } from './proxy';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers';
import { sendStaticFile } from './static-answer';
import { realRoot } from './static-files';

export interface WebServerOptions extends SecurityHeaderOptions {
  /** The build folder (holding index.html and assets/). */
  root: string;
  /** The gateway (e.g. http://127.0.0.1:4000): /graphql and /auth/* are forwarded to it. */
  gatewayUrl?: string;
  /** Paths forwarded to the gateway: a path equal to one, or under one ending in `/`. */
  proxyPaths?: string[];
}

export const DEFAULT_PROXY_PATHS = ['/graphql', '/auth/'];

export function createWebServer(options: WebServerOptions): http.Server {
  const root = realRoot(options.root);
  const headers = securityHeaders(options);
  const proxyPaths = options.proxyPaths ?? DEFAULT_PROXY_PATHS;
  const proxy = options.gatewayUrl ? proxyTo(new URL(options.gatewayUrl)) : undefined;
  const proxied = (p: string) =>
    proxyPaths.some((prefix) => (prefix.endsWith('/') ? p.startsWith(prefix) : p === prefix || p === `${prefix}/`));

  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const urlPath = (req.url ?? '/').split('?')[0];
    if (proxy && proxied(urlPath)) return proxy(req, res);
    sendStaticFile(root, req, res, urlPath);
  });
}

export interface RunningWebServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions & { port?: number; host?: string }): Promise<RunningWebServer> {
  const server = createWebServer(options);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
