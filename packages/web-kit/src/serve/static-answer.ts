// Answering a request with a file of a built browser app (or a plain-text refusal): shared by the
// apps' own server (server.ts) and the gateway, which serves the analysts' console at /console.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentType, resolveRequestPath } from './static-files';

export function plainAnswer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/**
 * GET or HEAD of `urlPath` within the build at `root` (a real path, see realRoot): the file,
 * index.html for a client-side route, or 400/404/405. Hashed assets are cached for good.
 */
export function sendStaticFile(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plainAnswer(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const found = resolveRequestPath(root, urlPath);
  if (found.kind === 'bad-request') return plainAnswer(res, 400, 'Bad request');
  if (found.kind === 'not-found') return plainAnswer(res, 404, 'Not found');
  res.writeHead(200, {
    'content-type': contentType(found.file),
    'cache-control': found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}
