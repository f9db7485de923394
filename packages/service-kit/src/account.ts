// The account reference every subgraph hands out for `Account` and `Query.me`: the identity is
// verified by the kit, so the one shape of what a subgraph knows of an account lives here too.
import type { SubgraphContextBase } from './subgraph';

/** An account as the token describes it (name and roles are known for the signed-in one only). */
export interface AccountRef {
  id: string;
  name: string | null;
  roles: string[];
}

/** `Query.me` is shareable in every subgraph; each answers it the same way from the token. */
export function currentAccount(context: SubgraphContextBase): AccountRef | null {
  const { identity } = context;
  return identity.sub ? { id: identity.sub, name: identity.name, roles: [...identity.roles] } : null;
}
