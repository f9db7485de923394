// Which file of the app's build answers a request path: never one outside the build folder
// (no `..`, encoded or not, no symlink out), and the app's index.html for its client-side routes.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const contentType = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

export type Resolution = { kind: 'file'; file: string; immutable: boolean } | { kind: 'not-found' } | { kind: 'bad-request' };

function isFileInside(root: string, candidate: string): boolean {
  try {
    if (!statSync(candidate).isFile()) return false;
    const real = realpathSync(candidate);
    return real.startsWith(root + path.sep);
  } catch {
    return false;
  }
}

/**
 * `root` must be a real path (see realRoot). A path with an extension names a file: missing, it
 * is 404 (a missing script must not come back as HTML). A path without one is a route of the
 * app: index.html answers it.
 */
export function resolveRequestPath(root: string, urlPath: string, assetsPrefix = '/assets/'): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return { kind: 'bad-request' };
  if (decoded.split('/').some((segment) => segment === '..')) return { kind: 'bad-request' };
  const candidate = path.join(root, path.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return { kind: 'bad-request' };
  if (decoded !== '/' && isFileInside(root, candidate)) {
    return { kind: 'file', file: candidate, immutable: decoded.startsWith(assetsPrefix) };
  }
  if (path.extname(decoded) !== '' && decoded !== '/index.html') return { kind: 'not-found' };
  const index = path.join(root, 'index.html');
  return isFileInside(root, index) ? { kind: 'file', file: index, immutable: false } : { kind: 'not-found' };
}

export const realRoot = (root: string) => realpathSync(path.resolve(root));
