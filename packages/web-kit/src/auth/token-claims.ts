// Reads (never verifies) a JWT's claims: the gateway verifies the token; the client only needs its
// roles to shape the interface and its expiry to stop sending it.
import { fromBase64url } from './base64url';

export interface TokenClaims {
  sub?: string;
  roles: string[];
  /** Seconds since the epoch; undefined when the token says nothing. */
  exp?: number;
  name?: string;
}

export function readClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('the token is not a JWT');
  const claims = JSON.parse(fromBase64url(payload)) as Record<string, unknown>;
  return {
    sub: typeof claims.sub === 'string' ? claims.sub : undefined,
    roles: Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [],
    exp: typeof claims.exp === 'number' ? claims.exp : undefined,
    name: typeof claims.name === 'string' ? claims.name : undefined,
  };
}
