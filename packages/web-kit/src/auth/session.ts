// The signed-in state of a browser app: the token lives in this object's memory only (never in
// localStorage, sessionStorage or a cookie), so a page reload signs out and no script reading
// storage later finds it. Framework-agnostic: React or anything else subscribes to changes.
import { browserEnvironment, type AuthEnvironment } from './environment';
import { SignInError, authorizationUrl, discover, exchangeCode, type ProviderMetadata } from './oidc';
import { randomToken, s256Challenge } from './pkce';
import { AUTH_CONFIG_PATH, DEV_TOKEN_PATH, parsePublicAuthConfig, type PublicAuthConfig } from './public-config';
import { readClaims, type TokenClaims } from './token-claims';

export interface AuthSession {
  /** The bearer token for the gateway, or null when signed out or once it has expired. */
  token(): string | null;
  roles(): string[];
  /** How the gateway lets browsers sign in (development role picker or OIDC). */
  config(): Promise<PublicAuthConfig>;
  /** Development only: a token for `role` from the gateway's development endpoint. */
  signInDevelopment(role: string, account?: { sub?: string; name?: string }): Promise<void>;
  /** Leaves for the identity provider; `returnTo` (a path of this app) is given back on return. */
  beginOidcSignIn(returnTo?: string): Promise<void>;
  /** On the redirect URI: checks state, exchanges the code; resolves to the `returnTo` path. */
  completeOidcSignIn(url: string): Promise<string>;
  signOut(): void;
  subscribe(listener: () => void): () => void;
}

export interface AuthSessionOptions {
  /** The gateway's URL (its origin serves /auth/config and, in development, /auth/dev-token). */
  gatewayUrl: string;
  /** This app's page the provider sends the browser back to; registered with the provider. */
  redirectUri: string;
  environment?: AuthEnvironment;
}

/** sessionStorage key of the pending sign-in (state and PKCE verifier, never a token). */
export const PENDING_SIGN_IN_KEY = 'equality-graph.pending-sign-in';
/** A token this close to its expiry is not sent: it could expire on its way. */
const EXPIRY_MARGIN_SECONDS = 30;

interface PendingSignIn {
  state: string;
  verifier: string;
  issuer: string;
  clientId: string;
  redirectUri: string;
  returnTo: string;
}

/** Only a path of this app: an absolute or protocol-relative URL would make an open redirect. */
function safePath(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const env = options.environment ?? browserEnvironment();
  const listeners = new Set<() => void>();
  let current: { token: string; claims: TokenClaims } | null = null;
  let configPromise: Promise<PublicAuthConfig> | undefined;
  let metadataPromise: Promise<ProviderMetadata> | undefined;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const setToken = (token: string | null) => {
    current = token === null ? null : { token, claims: readClaims(token) };
    notify();
  };
  const live = () => {
    if (current?.claims.exp !== undefined && current.claims.exp - EXPIRY_MARGIN_SECONDS <= Date.now() / 1000) return null;
    return current;
  };

  const config = () =>
    (configPromise ??= (async () => {
      const response = await env.fetch(new URL(AUTH_CONFIG_PATH, options.gatewayUrl).toString());
      if (!response.ok) throw new SignInError(`the gateway's sign-in configuration answered ${response.status}`);
      return parsePublicAuthConfig(await response.json());
    })().catch((error: unknown) => {
      configPromise = undefined; // a gateway not up yet: ask again next time
      throw error;
    }));

  async function oidcConfig() {
    const cfg = await config();
    if (cfg.mode !== 'oidc') throw new SignInError('the gateway does not use an identity provider (development mode)');
    if (!cfg.clientId) throw new SignInError('the gateway names no OIDC client for browsers (OIDC_CLIENT_ID)');
    metadataPromise ??= discover(env, cfg.issuer);
    return { ...cfg, clientId: cfg.clientId, metadata: await metadataPromise };
  }

  return {
    token: () => live()?.token ?? null,
    roles: () => live()?.claims.roles ?? [],
    config,

    async signInDevelopment(role, account = {}) {
      const response = await env.fetch(new URL(DEV_TOKEN_PATH, options.gatewayUrl).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role, ...account }),
      });
      const body = (await response.json().catch(() => ({}))) as { token?: unknown; errors?: { message?: string }[] };
      if (!response.ok || typeof body.token !== 'string') {
        throw new SignInError(body.errors?.[0]?.message ?? `the gateway refused a development token (${response.status})`);
      }
      setToken(body.token);
    },

    async beginOidcSignIn(returnTo) {
      const { issuer, clientId, scope, metadata } = await oidcConfig();
      const pending: PendingSignIn = {
        state: randomToken(env.crypto, 16),
        verifier: randomToken(env.crypto),
        issuer,
        clientId,
        redirectUri: options.redirectUri,
        returnTo: safePath(returnTo),
      };
      const challenge = await s256Challenge(env.crypto, pending.verifier);
      env.pendingSignIn.setItem(PENDING_SIGN_IN_KEY, JSON.stringify(pending));
      env.navigate(authorizationUrl(metadata, { clientId, redirectUri: pending.redirectUri, scope, state: pending.state, challenge }));
    },

    async completeOidcSignIn(url) {
      const params = new URL(url).searchParams;
      const stored = env.pendingSignIn.getItem(PENDING_SIGN_IN_KEY);
      // One attempt per verifier, whatever happens next: a replayed redirect finds nothing.
      env.pendingSignIn.removeItem(PENDING_SIGN_IN_KEY);
      if (!stored) throw new SignInError('no sign-in is under way in this tab');
      const pending = JSON.parse(stored) as PendingSignIn;
      if (params.get('state') !== pending.state) throw new SignInError('the answer does not belong to the sign-in this tab started');
      const error = params.get('error');
      if (error) throw new SignInError(`the identity provider refused: ${params.get('error_description') ?? error}`);
      const code = params.get('code');
      if (!code) throw new SignInError('the identity provider sent no authorization code');
      const { metadata } = await oidcConfig();
      const tokens = await exchangeCode(env, metadata, {
        clientId: pending.clientId,
        redirectUri: pending.redirectUri,
        code,
        verifier: pending.verifier,
      });
      setToken(tokens.access_token);
      return pending.returnTo;
    },

    signOut() {
      if (current !== null) setToken(null);
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
