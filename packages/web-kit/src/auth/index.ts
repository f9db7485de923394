// Sign-in for the browser apps, tokens kept in memory only (README "Sign-in").
export { createAuthSession, PENDING_SIGN_IN_KEY, type AuthSession, type AuthSessionOptions } from './session';
export { browserEnvironment, type AuthEnvironment, type KeyValueStorage } from './environment';
export { SignInError } from './oidc';
export { AUTH_CONFIG_PATH, DEV_TOKEN_PATH, parsePublicAuthConfig, type PublicAuthConfig } from './public-config';
export { readClaims, type TokenClaims } from './token-claims';
