// HTTP answers' security headers and CORS allow-list, applied before GraphQL runs, so they
// live apart from the GraphQL plugins.
import type { ServerResponse } from 'node:http';
import { HttpError, type RequestInfo } from '@equality-graph/service-kit';

const ALLOWED_HEADERS =
  'authorization, content-type, x-request-id, apollo-require-preflight, apollographql-client-name, apollographql-client-version';
const EXPOSED_HEADERS = 'x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy';

/** Headers every GraphQL answer carries: no sniffing, no framing, no referrer, no caching. */
function securityHeaders(res: ServerResponse, production: boolean, landingPage: boolean): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  // The landing page (development) sets its own nonce-based script/style/frame policy in a
  // <meta> tag; the header adds what a <meta> cannot say. JSON answers need nothing at all.
  res.setHeader(
    'content-security-policy',
    landingPage
      ? "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'"
      : "default-src 'none'; frame-ancestors 'none'",
  );
  if (!landingPage) res.setHeader('cache-control', 'no-store');
  if (production) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

/**
 * CORS from an allow-list: a listed origin is echoed with credentials allowed; `*` allows any
 * origin but never with credentials; other origins get no CORS headers (the browser then
 * withholds the answer) and their preflight is refused with 403.
 */
export function httpPolicy(options: { corsOrigins: string[]; production: boolean }) {
  const anyOrigin = options.corsOrigins.includes('*');
  const listed = new Set(options.corsOrigins.filter((o) => o !== '*'));
  return async ({ req }: RequestInfo, res: ServerResponse): Promise<boolean> => {
    const landingPage = req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html');
    securityHeaders(res, options.production, landingPage);
    const origin = req.headers.origin;
    let allowed = false;
    if (origin !== undefined) {
      res.setHeader('vary', 'Origin');
      if (listed.has(origin)) {
        allowed = true;
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-allow-credentials', 'true');
      } else if (anyOrigin) {
        allowed = true;
        res.setHeader('access-control-allow-origin', '*');
      }
      if (allowed) res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (req.method !== 'OPTIONS') return false;
    if (!allowed || !req.headers['access-control-request-method']) {
      throw new HttpError(403, 'Origin not allowed', 'CORS_ORIGIN_NOT_ALLOWED');
    }
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
      'content-length': '0',
    });
    res.end();
    return true;
  };
}
