// Who the caller is, from the client's Authorization header: the dev or OIDC verifier chosen by
// AUTH_MODE, and the 401 rule. Gateway-only: subgraphs never see client tokens.
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, devVerifier, oidcVerifier, type ClientTokenVerifier, type Identity } from '@equality-graph/auth';
import { HttpError } from '@equality-graph/service-kit';
import type { GatewayEnvironment } from './environment';

export function clientVerifier(env: GatewayEnvironment): ClientTokenVerifier {
  if (env.AUTH_MODE === 'oidc') {
    const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: jwksUrl } = env;
    // loadEnvironment already refuses oidc without them; settings built in code could still omit one.
    if (!issuer || !audience || !jwksUrl) throw new Error('AUTH_MODE=oidc needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL');
    return oidcVerifier({ issuer, audience, jwksUrl, maxLifetimeSeconds: env.MAX_TOKEN_LIFETIME_SECONDS });
  }
  return devVerifier(env.DEV_JWT_SECRET, { maxLifetimeSeconds: env.MAX_TOKEN_LIFETIME_SECONDS });
}

/**
 * No Authorization header: anonymous. A header with a bad, expired, too long-lived, foreign or
 * subject-less token: 401,
 * never a silent downgrade to anonymous (the client must learn its token is refused).
 */
export async function identityOf(req: IncomingMessage, verify: ClientTokenVerifier): Promise<Identity> {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, 'Authorization must be "Bearer <token>"', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer' });
  try {
    return await verify(match[1]);
  } catch {
    throw new HttpError(401, 'Invalid or expired token', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
}
