// What browser apps need to sign in, beside /graphql: GET /auth/config (development role picker
// or the OIDC provider and public client), and in development only POST /auth/dev-token.
// Here rather than in an app's server: the gateway holds the development secret and the OIDC
// settings it verifies tokens against, so the two cannot disagree.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROLES, isRole, mintDevToken } from '@equality-graph/auth';
import { HttpError, REQUEST_ID_HEADER, requestIdFrom, sendHttpError, type Logger } from '@equality-graph/service-kit';
import type { GatewayEnvironment } from './environment';
import { httpPolicy } from './http-policy';

// The same paths as @equality-graph/web-kit/auth's public-config.ts, which browsers call.
export const AUTH_CONFIG_PATH = '/auth/config';
export const DEV_TOKEN_PATH = '/auth/dev-token';
/** A development session lasts a working day, within MAX_TOKEN_LIFETIME_SECONDS. */
const DEV_SESSION_SECONDS = 8 * 3600;
const MAX_BODY_BYTES = 1024;
const ACCOUNT_ID = /^[A-Za-z0-9._@-]{1,64}$/;

type Settings = Pick<
  GatewayEnvironment,
  | 'NODE_ENV'
  | 'AUTH_MODE'
  | 'DEV_JWT_SECRET'
  | 'OIDC_ISSUER'
  | 'OIDC_CLIENT_ID'
  | 'OIDC_SCOPES'
  | 'MAX_TOKEN_LIFETIME_SECONDS'
  | 'CORS_ORIGINS'
>;

/** The answer of GET /auth/config (the shape @equality-graph/web-kit/auth reads). */
export function publicAuthConfig(env: Settings) {
  return env.AUTH_MODE === 'oidc'
    ? { mode: 'oidc' as const, issuer: env.OIDC_ISSUER ?? '', clientId: env.OIDC_CLIENT_ID ?? null, scope: env.OIDC_SCOPES }
    : { mode: 'dev' as const, roles: [...ROLES] };
}

/** Whether this gateway hands out development tokens: AUTH_MODE=dev and never in production. */
export const devTokensServed = (env: Settings) => env.AUTH_MODE === 'dev' && env.NODE_ENV !== 'production';

async function readSmallJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY_BYTES) throw new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE');
  }
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new HttpError(400, 'The body must be a JSON object like {"role":"MENTEE"}', 'BAD_REQUEST');
}

async function devToken(env: Settings, req: IncomingMessage) {
  if (req.method !== 'POST') throw new HttpError(405, 'Use POST', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
  const body = await readSmallJson(req);
  // An empty role is a new account the identity provider gave no role (a sign-up): the programme's
  // own records then say what she is, so development must be able to sign in as one.
  const noRole = body.role === '';
  if (!noRole && !isRole(body.role)) throw new HttpError(400, `role must be '' or one of ${ROLES.join(', ')}`, 'BAD_USER_INPUT');
  const roles = isRole(body.role) ? [body.role] : [];
  const sub = body.sub ?? `dev-${roles[0]?.toLowerCase() ?? 'new-account'}`;
  if (typeof sub !== 'string' || !ACCOUNT_ID.test(sub))
    throw new HttpError(400, 'sub must be 1 to 64 letters, digits or ._@-', 'BAD_USER_INPUT');
  const name = typeof body.name === 'string' ? body.name.slice(0, 100) : `Dev ${roles[0] ?? 'new account'}`;
  const lifetime = Math.min(DEV_SESSION_SECONDS, env.MAX_TOKEN_LIFETIME_SECONDS);
  return { token: await mintDevToken(env.DEV_JWT_SECRET, { sub, roles, name }, lifetime), expiresIn: lifetime };
}

async function routeBody(env: Settings, req: IncomingMessage, path: string) {
  if (path === DEV_TOKEN_PATH) return devToken(env, req);
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Use GET', 'METHOD_NOT_ALLOWED', { allow: 'GET' });
  return publicAuthConfig(env);
}

/** The `routes` of the gateway's HTTP server: answers the two paths, with the same CORS and headers as /graphql. */
export function browserSignInRoutes(env: Settings, logger: Logger) {
  const policy = httpPolicy({ corsOrigins: env.CORS_ORIGINS, production: env.NODE_ENV === 'production' });
  const answer = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    try {
      if (await policy({ req, requestId, logger }, res)) return;
      const body = await routeBody(env, req, path);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', [REQUEST_ID_HEADER]: requestId });
      res.end(JSON.stringify(body));
    } catch (error) {
      if (error instanceof HttpError) return sendHttpError(res, error, requestId);
      logger.error({ err: error }, 'sign-in route failed');
      sendHttpError(res, new HttpError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR'), requestId);
    }
  };
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== AUTH_CONFIG_PATH && !(path === DEV_TOKEN_PATH && devTokensServed(env))) return false;
    void answer(req, res, path);
    return true;
  };
}
