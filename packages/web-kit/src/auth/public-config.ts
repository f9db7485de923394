// What the gateway tells a browser app about signing in (GET /auth/config): one build of an app
// then works against a development gateway and a production one alike.

export const AUTH_CONFIG_PATH = '/auth/config';
/** Development only: the gateway answers 404 here unless AUTH_MODE=dev outside production. */
export const DEV_TOKEN_PATH = '/auth/dev-token';

export type PublicAuthConfig =
  | { mode: 'dev'; roles: string[] }
  /** clientId is null when the gateway has no OIDC_CLIENT_ID: browser sign-in is then unavailable. */
  | { mode: 'oidc'; issuer: string; clientId: string | null; scope: string };

export function parsePublicAuthConfig(value: unknown): PublicAuthConfig {
  const v = value as Record<string, unknown> | null;
  if (v?.mode === 'dev' && Array.isArray(v.roles)) return { mode: 'dev', roles: v.roles.filter((r): r is string => typeof r === 'string') };
  if (v?.mode === 'oidc' && typeof v.issuer === 'string' && typeof v.scope === 'string') {
    return { mode: 'oidc', issuer: v.issuer, clientId: typeof v.clientId === 'string' ? v.clientId : null, scope: v.scope };
  }
  throw new Error('the gateway answered an unexpected sign-in configuration');
}
