// The auth package's public API: roles and scopes, identities, client and internal tokens and
// the internal keys' ids.
export * from './roles';
export * from './identity';
export * from './internal-token';
export * from './internal-key-set';
export * from './client-token';
