// Client tokens remembered once verified: the same bearer token arrives on every request of a
// session, and its signature check (ES256 under OIDC) is per-request work stock Apollo does not
// save. The exact token string is the key, so a cached identity is only ever what that very token
// proved; it is kept until the token's own `exp` (no clock tolerance, stricter than the check) and
// at most MAX_AGE_MS, so a signing key withdrawn from the JWKS stops being honoured soon after.
import type { ClientTokenVerifier, Identity } from '@equality-graph/auth';

/** A key withdrawn from the identity provider's JWKS is honoured at most this long after. */
export const MAX_AGE_MS = 60_000;
/** Tokens kept at most (oldest first out): bounded whatever callers send. */
export const MAX_ENTRIES = 10_000;

interface Entry {
  identity: Identity;
  until: number;
}

/** The `exp` claim of a token whose signature has just been verified (so its payload is trusted). */
function expiresAtMs(token: string): number | undefined {
  try {
    const exp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a verifier: a token verified before and not yet expired is not verified again. Only
 * successes are kept (a refused token is checked, and refused, every time). Every caller gets
 * its own copy of the identity, so nothing done to one request's identity reaches another's.
 */
export function rememberVerifiedTokens(
  verify: ClientTokenVerifier,
  options: { maxAgeMs?: number; maxEntries?: number; now?: () => number } = {},
): ClientTokenVerifier {
  const { maxAgeMs = MAX_AGE_MS, maxEntries = MAX_ENTRIES, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  const copy = (identity: Identity): Identity => ({ ...identity, roles: [...identity.roles], scopes: [...identity.scopes] });
  return async (token) => {
    const kept = entries.get(token);
    if (kept && kept.until > now()) return copy(kept.identity);
    if (kept) entries.delete(token);
    const identity = await verify(token);
    const exp = expiresAtMs(token);
    if (exp !== undefined) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? '');
      entries.set(token, { identity: copy(identity), until: Math.min(exp, now() + maxAgeMs) });
    }
    return identity;
  };
}
