// The verified caller (sub, roles, scopes) built from token claims, shared by the gateway and
// every subgraph.
import { isRole, scopesOf, type Role, type Scope } from './roles';

/** Who is asking, as verified by the gateway. `sub` is null for an anonymous reader. */
export interface Identity {
  sub: string | null;
  roles: Role[];
  scopes: Scope[];
  name: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: null, roles: [], scopes: [], name: null }) as Identity;

export function identityFromClaims(claims: { sub?: unknown; roles?: unknown; name?: unknown }): Identity {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) return ANONYMOUS;
  // Unknown roles are dropped, not trusted: a token never grants more than this list knows.
  const roles = Array.isArray(claims.roles) ? [...new Set(claims.roles.filter(isRole))] : [];
  return {
    sub: claims.sub,
    roles,
    scopes: scopesOf(roles),
    name: typeof claims.name === 'string' ? claims.name : null,
  };
}

export function hasScope(identity: Identity, scope: Scope): boolean {
  return identity.scopes.includes(scope);
}
