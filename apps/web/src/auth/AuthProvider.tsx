// The signed-in state for React: one session of @equality-graph/web-kit (token in memory only),
// re-rendering its readers when the token changes.
import { createAuthSession, type AuthSession } from '@equality-graph/web-kit/auth';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

export const SIGN_IN_RETURN_PATH = '/connexion/retour';

export function createBrowserSession(): AuthSession {
  const origin = window.location.origin;
  // The app's own origin forwards /graphql and /auth/* to the gateway, so no CORS is needed.
  return createAuthSession({ gatewayUrl: origin, redirectUri: `${origin}${SIGN_IN_RETURN_PATH}` });
}

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuthSession(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuthSession outside AuthProvider');
  return session;
}

/** The current token (null when signed out), re-rendering on sign-in and sign-out. */
export function useToken(): string | null {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, session.token, () => null);
}
