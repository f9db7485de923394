import type { SubgraphContextBase } from './subgraph';

/** `Query.me` is shareable in every subgraph; each answers it the same way from the token. */
export function currentAccount(context: SubgraphContextBase): { id: string; name: string | null; roles: string[] } | null {
  const { identity } = context;
  return identity.sub ? { id: identity.sub, name: identity.name, roles: [...identity.roles] } : null;
}
