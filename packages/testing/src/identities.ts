// Test identities and the test gateway key pair, to call a subgraph as the gateway would.
import {
  generateInternalKeyPair,
  identityFromClaims,
  parsePrivateKey,
  signInternalToken,
  type Identity,
  type Role,
} from '@equality-graph/auth';

/** One gateway key pair per test process: subgraphs under test trust only this one. */
export const testKeys = generateInternalKeyPair();
const privateKey = parsePrivateKey(testKeys.privateKeyPem);

export function identity(role: Role | null, sub = role ? `test-${role.toLowerCase()}` : undefined): Identity {
  return identityFromClaims({ sub, roles: role ? [role] : [], name: role ? `Test ${role}` : undefined });
}

/** The token the gateway would forward for this identity to `subgraph` (valid for 20 s). */
export function internalToken(who: Identity, subgraph: string, requestId = 'test-request'): Promise<string> {
  return signInternalToken(who, privateKey, { subgraph, requestId, expiresAt: Date.now() + 20_000 });
}
