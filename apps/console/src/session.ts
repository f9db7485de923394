// Who the console speaks for: web-kit's session (development role picker or OIDC with PKCE,
// token in memory only) or a token pasted by the analyst, also kept in memory only.
import { createAuthSession, readClaims, type AuthSession, type TokenClaims } from '@equality-graph/web-kit/auth';

/** The console's own page is the OIDC redirect URI (register it with the provider). */
export const CONSOLE_PATH = '/console/';

export interface ConsoleSession {
  auth: AuthSession;
  token(): string | null;
  claims(): TokenClaims | null;
  usePastedToken(token: string): void;
  signOut(): void;
  subscribe(listener: () => void): () => void;
}

export function consoleSession(): ConsoleSession {
  const origin = window.location.origin;
  const auth = createAuthSession({ gatewayUrl: origin, redirectUri: new URL(CONSOLE_PATH, origin).toString() });
  let pasted: { token: string; claims: TokenClaims } | null = null;
  const listeners = new Set<() => void>();
  auth.subscribe(() => listeners.forEach((l) => l()));
  const token = () => auth.token() ?? pasted?.token ?? null;
  return {
    auth,
    token,
    claims: () => {
      const current = auth.token();
      if (current) return readClaims(current);
      return pasted?.claims ?? null;
    },
    usePastedToken(value) {
      // readClaims throws on something that is not a JWT: the caller shows that message.
      const trimmed = value.trim().replace(/^Bearer\s+/i, '');
      pasted = { token: trimmed, claims: readClaims(trimmed) };
      listeners.forEach((l) => l());
    },
    signOut() {
      pasted = null;
      auth.signOut();
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The Authorization header for the current caller, or none (anonymous). */
export const authorization = (session: ConsoleSession): Record<string, string> => {
  const token = session.token();
  return token ? { authorization: `Bearer ${token}` } : {};
};
