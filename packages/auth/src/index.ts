// The auth package's public API: roles and scopes, identities, client and internal tokens.
export * from './roles';
export * from './identity';
export * from './internal-token';
export * from './client-token';
