// Proof Key for Code Exchange (RFC 7636, S256): the verifier stays with this tab, only its hash
// travels to the provider, so an intercepted authorization code is useless to anyone else.
import { base64url } from './base64url';
import type { AuthEnvironment } from './environment';

/** 32 random bytes: a 43-character verifier, the length RFC 7636 recommends. */
export function randomToken(crypto: AuthEnvironment['crypto'], bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function s256Challenge(crypto: AuthEnvironment['crypto'], verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
