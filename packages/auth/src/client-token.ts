import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, type Identity } from './identity';
import type { Role } from './roles';

export const DEV_ISSUER = 'equality-graph-dev';
export const DEV_AUDIENCE = 'equality-graph';
/** Development only: the gateway refuses to start with it in production. */
export const DEV_SECRET_DEFAULT = 'dev-secret-change-me-0123456789abcdef';

export type ClientTokenVerifier = (token: string) => Promise<Identity>;

export interface OidcSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export function oidcVerifier(settings: OidcSettings): ClientTokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer: settings.issuer, audience: settings.audience });
    return identityFromClaims(payload);
  };
}

function devKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

export function devVerifier(secret: string): ClientTokenVerifier {
  const key = devKey(secret);
  return async (token) => {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
    return identityFromClaims(payload);
  };
}

export async function mintDevToken(
  secret: string,
  claims: { sub: string; roles: Role[]; name?: string },
  lifetime = '12h',
): Promise<string> {
  return new SignJWT({ roles: claims.roles, name: claims.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(devKey(secret));
}
