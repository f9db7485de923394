// Gateway-to-subgraph tokens (ES256, one audience per subgraph, short-lived): signed by the
// gateway, verified by the service kit.
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTHeaderParameters } from 'jose';
import { ANONYMOUS, identityFromClaims, type Identity } from './identity';
import { isKeyObject, keyIdOf, keySetOf, type InternalKeySet } from './internal-key-set';

/**
 * The gateway signs every subgraph request with its private key (ES256); subgraphs hold only
 * the public key, so a compromised subgraph cannot mint identities for the others. Each token
 * names the one subgraph it is for (its audience) and dies with the operation's deadline, so a
 * token seen by one subgraph is worthless against the others and soon worthless against it.
 */
export const INTERNAL_ISSUER = 'equality-graph-gateway';
const AUDIENCE_PREFIX = 'equality-graph-subgraph:';
const ALGORITHM = 'ES256';
/** Gateway and subgraph clocks may disagree by this much (same network, NTP). */
export const INTERNAL_CLOCK_SKEW_SECONDS = 5;
/** Upper bound of OPERATION_TIMEOUT_MS on the gateway, and so of any internal token's lifetime. */
export const MAX_INTERNAL_TOKEN_LIFETIME_SECONDS = 300;

/** The audience of tokens for `subgraph` (its name in the supergraph). */
export const internalAudience = (subgraph: string) => `${AUDIENCE_PREFIX}${subgraph}`;

export interface InternalKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateInternalKeyPair(): InternalKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function parsePrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ec') throw new Error('the internal signing key must be an EC P-256 private key');
  return key;
}

export interface InternalTokenTarget {
  /** The subgraph's name in the supergraph: the only one that will accept the token. */
  subgraph: string;
  requestId: string;
  /** When the token stops being valid (ms since the epoch): the operation's deadline. */
  expiresAt: number;
  /**
   * The client operation's metrics label as the gateway bounded it (an allow-listed name,
   * `other` or `anonymous`): subgraphs label with it instead of the client-chosen name.
   */
  operation?: string;
}

export async function signInternalToken(identity: Identity, key: KeyObject, target: InternalTokenTarget): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const exp = Math.floor(target.expiresAt / 1000);
  if (exp - now > MAX_INTERNAL_TOKEN_LIFETIME_SECONDS) {
    throw new Error(`an internal token may live at most ${MAX_INTERNAL_TOKEN_LIFETIME_SECONDS} s`);
  }
  const jwt = new SignJWT({ roles: identity.roles, name: identity.name ?? undefined, rid: target.requestId, op: target.operation })
    // The key id lets subgraphs trust several keys at once while one replaces another.
    .setProtectedHeader({ alg: ALGORITHM, kid: keyIdOf(key) })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(internalAudience(target.subgraph))
    .setIssuedAt(now)
    // A token that expires within its own second would be refused on arrival.
    .setExpirationTime(Math.max(exp, now + 1));
  if (identity.sub) jwt.setSubject(identity.sub);
  return jwt.sign(key);
}

export interface InternalTokenPolicy {
  /** This subgraph's name in the supergraph. */
  subgraph: string;
  /** Longest lifetime (exp - iat) accepted: the gateway's OPERATION_TIMEOUT_MS, in seconds. */
  maxLifetimeSeconds: number;
}

export interface VerifiedInternalToken {
  identity: Identity;
  /** The gateway's request id (`rid`), the only request id a subgraph trusts. */
  requestId: string | undefined;
  /** The gateway's bounded metrics label for the client operation (`op`). */
  operation: string | undefined;
}

/** The trusted key the token names; a token without `kid`, or naming a withdrawn key, is refused. */
const keyNamedBy =
  (keys: InternalKeySet) =>
  (header: JWTHeaderParameters): KeyObject => {
    const key = header.kid === undefined ? undefined : keys.get(header.kid);
    if (!key) throw new Error('the internal token names no trusted key');
    return key;
  };

/** Throws on any invalid token; the caller answers 401. */
export async function verifyInternalToken(
  token: string,
  keys: InternalKeySet | KeyObject,
  policy: InternalTokenPolicy,
): Promise<VerifiedInternalToken> {
  const { payload } = await jwtVerify(token, keyNamedBy(isKeyObject(keys) ? keySetOf(keys) : keys), {
    algorithms: [ALGORITHM],
    issuer: INTERNAL_ISSUER,
    audience: internalAudience(policy.subgraph),
    requiredClaims: ['iat', 'exp'],
    clockTolerance: INTERNAL_CLOCK_SKEW_SECONDS,
    // Bounds replay even if a token claims a long exp: it is refused this long after issue.
    maxTokenAge: policy.maxLifetimeSeconds + INTERNAL_CLOCK_SKEW_SECONDS,
  });
  const { iat, exp } = payload as { iat: number; exp: number };
  // Both ends are whole seconds rounded down, which can add one to a fractional deadline.
  if (exp - iat > policy.maxLifetimeSeconds + 1) throw new Error('the internal token lives longer than an operation may');
  if (iat > Date.now() / 1000 + INTERNAL_CLOCK_SKEW_SECONDS) throw new Error('the internal token is issued in the future');
  return {
    identity: payload.sub ? identityFromClaims(payload) : ANONYMOUS,
    requestId: typeof payload.rid === 'string' ? payload.rid : undefined,
    operation: typeof payload.op === 'string' ? payload.op : undefined,
  };
}
