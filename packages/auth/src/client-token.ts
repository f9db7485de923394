// Client tokens: minting dev tokens and verifying dev or OIDC ones with bounded lifetimes. In this
// package because the gateway, the token script and tests all use it.
import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, type Identity } from './identity';
import type { Role } from './roles';

export const DEV_ISSUER = 'equality-graph-dev';
export const DEV_AUDIENCE = 'equality-graph';
/** Development only: the gateway refuses to start with it in production. */
export const DEV_SECRET_DEFAULT = 'dev-secret-change-me-0123456789abcdef';
/** The gateway's default MAX_TOKEN_LIFETIME_SECONDS; `pnpm run token` stays within it. */
export const DEFAULT_MAX_CLIENT_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** Clocks of the identity provider and the gateway may disagree by this much. */
export const CLIENT_CLOCK_TOLERANCE_SECONDS = 60;
/** Longer than any account id a provider issues; keeps logs and audit rows bounded. */
export const MAX_SUB_LENGTH = 255;

export type ClientTokenVerifier = (token: string) => Promise<Identity>;

export interface ClientTokenPolicy {
  /** Longest accepted lifetime, as exp - now and as exp - iat. */
  maxLifetimeSeconds: number;
}

export interface OidcSettings extends ClientTokenPolicy {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/** Why a signed token is still refused; the gateway answers 401 whatever the reason. */
export class ClientTokenRejected extends Error {}

/**
 * A signature only proves who issued the token. These checks bound how long a leaked token
 * stays useful (an `exp` a thousand years ahead, or none, would make it a password) and
 * refuse tokens that name nobody: such a token is a client bug or a forgery attempt, and
 * serving it as anonymous would hide that from the client.
 */
export function checkClientClaims(payload: JWTPayload, policy: ClientTokenPolicy, nowSeconds = Date.now() / 1000): Identity {
  const { exp, iat, sub } = payload;
  if (typeof exp !== 'number') throw new ClientTokenRejected('the token has no expiry (exp)');
  if (exp - nowSeconds > policy.maxLifetimeSeconds + CLIENT_CLOCK_TOLERANCE_SECONDS) {
    throw new ClientTokenRejected('the token expires further ahead than the gateway accepts');
  }
  if (iat !== undefined) {
    if (typeof iat !== 'number') throw new ClientTokenRejected('iat is not a number');
    if (iat > nowSeconds + CLIENT_CLOCK_TOLERANCE_SECONDS) throw new ClientTokenRejected('the token is issued in the future');
    if (exp - iat > policy.maxLifetimeSeconds) throw new ClientTokenRejected('the token lives longer than the gateway accepts');
  }
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUB_LENGTH) {
    throw new ClientTokenRejected('the token names no account (sub)');
  }
  return identityFromClaims(payload);
}

export function oidcVerifier(settings: OidcSettings): ClientTokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLIENT_CLOCK_TOLERANCE_SECONDS,
    });
    return checkClientClaims(payload, settings);
  };
}

function devKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

export function devVerifier(
  secret: string,
  policy: ClientTokenPolicy = { maxLifetimeSeconds: DEFAULT_MAX_CLIENT_TOKEN_LIFETIME_SECONDS },
): ClientTokenVerifier {
  const key = devKey(secret);
  return async (token) => {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLIENT_CLOCK_TOLERANCE_SECONDS,
    });
    return checkClientClaims(payload, policy);
  };
}

export async function mintDevToken(
  secret: string,
  claims: { sub: string; roles: Role[]; name?: string },
  lifetime: string | number = '12h',
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: claims.roles, name: claims.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(typeof lifetime === 'number' ? now + lifetime : lifetime)
    .sign(devKey(secret));
}
