// Key ids of the gateway's internal signing keys and the set of public keys a subgraph trusts:
// a new key is trusted everywhere before the gateway signs with it, so rotating it never needs
// the four processes redeployed at once.
import { createHash, createPublicKey, KeyObject, type JsonWebKey } from 'node:crypto';

/** The gateway public keys a subgraph accepts, by key id. */
export type InternalKeySet = ReadonlyMap<string, KeyObject>;

/** More would mean keys were added and never withdrawn. */
const MAX_TRUSTED_KEYS = 10;
const PEM_PUBLIC_KEY = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

export function parsePublicKey(pem: string): KeyObject {
  return checkedPublicKey(createPublicKey(pem));
}

function checkedPublicKey(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('the internal verification key must be an EC P-256 public key');
  }
  return key;
}

const keyIds = new WeakMap<KeyObject, string>();

/**
 * A key's id: its RFC 7638 thumbprint (SHA-256 of the public JWK's crv, kty, x, y), computed the
 * same way from the gateway's private key and from a subgraph's copy of the public key, so the
 * two cannot disagree and no id has to be configured.
 */
export function keyIdOf(key: KeyObject): string {
  let id = keyIds.get(key);
  if (!id) {
    const publicKey = key.type === 'public' ? key : createPublicKey(key);
    const { crv, kty, x, y } = publicKey.export({ format: 'jwk' });
    id = createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
    keyIds.set(key, id);
  }
  return id;
}

function fromJwks(text: string): KeyObject[] {
  const parsed = JSON.parse(text) as { keys?: unknown };
  if (!Array.isArray(parsed.keys)) throw new Error('a JWKS must have a "keys" array');
  return parsed.keys.map((entry: JsonWebKey & { kid?: unknown }) => {
    if ('d' in entry) throw new Error('the key set holds a private key: subgraphs get public keys only');
    const key = checkedPublicKey(createPublicKey({ key: entry, format: 'jwk' }));
    // The gateway names its key by thumbprint; another kid here would match no token.
    if (entry.kid !== undefined && entry.kid !== keyIdOf(key)) {
      throw new Error(
        `key id "${String(entry.kid)}" is not the key's RFC 7638 thumbprint (${keyIdOf(key)}): leave kid out or use the thumbprint`,
      );
    }
    return key;
  });
}

function fromPemBundle(text: string): KeyObject[] {
  if (text.includes('PRIVATE KEY')) throw new Error('the key set holds a private key: subgraphs get public keys only');
  const blocks = text.match(PEM_PUBLIC_KEY) ?? [];
  if (blocks.length === 0) throw new Error('no "BEGIN PUBLIC KEY" block found');
  return blocks.map(parsePublicKey);
}

/**
 * The gateway public keys a subgraph trusts, from one PEM public key, several one after the
 * other (a bundle, as CA files are), or a JWKS (`{"keys":[...]}`); each is indexed by its key id.
 */
export function parseInternalKeySet(text: string): InternalKeySet {
  const trimmed = text.trim();
  const keys = trimmed.startsWith('{') ? fromJwks(trimmed) : fromPemBundle(trimmed);
  if (keys.length === 0) throw new Error('the key set is empty');
  if (keys.length > MAX_TRUSTED_KEYS) throw new Error(`at most ${MAX_TRUSTED_KEYS} keys: withdraw the retired ones`);
  return new Map(keys.map((key) => [keyIdOf(key), key]));
}

/** One key as a set: what a caller holding a single KeyObject verifies against. */
export const keySetOf = (key: KeyObject): InternalKeySet => new Map([[keyIdOf(key), key]]);

export const isKeyObject = (value: unknown): value is KeyObject => value instanceof KeyObject;
