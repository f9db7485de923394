import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { ANONYMOUS, identityFromClaims, type Identity } from './identity';

/**
 * The gateway signs every subgraph request with its private key (ES256); subgraphs hold only
 * the public key, so a compromised subgraph cannot mint identities for the others.
 */
export const INTERNAL_ISSUER = 'equality-graph-gateway';
export const INTERNAL_AUDIENCE = 'equality-graph-subgraphs';
const ALGORITHM = 'ES256';
const LIFETIME_SECONDS = 60;

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

export function parsePublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ec') throw new Error('the internal verification key must be an EC P-256 public key');
  return key;
}

export async function signInternalToken(identity: Identity, key: KeyObject, requestId: string): Promise<string> {
  const jwt = new SignJWT({ roles: identity.roles, name: identity.name ?? undefined, rid: requestId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`);
  if (identity.sub) jwt.setSubject(identity.sub);
  return jwt.sign(key);
}

/** Throws on any invalid token; the caller answers 401. */
export async function verifyInternalToken(token: string, key: KeyObject): Promise<Identity> {
  const { payload } = await jwtVerify(token, key, {
    algorithms: [ALGORITHM],
    issuer: INTERNAL_ISSUER,
    audience: INTERNAL_AUDIENCE,
    maxTokenAge: `${LIFETIME_SECONDS * 2}s`,
  });
  return payload.sub ? identityFromClaims(payload) : ANONYMOUS;
}
