// Sign-in: the development role picker (tokens minted by the gateway's /auth/dev-token), the
// department's OpenID Connect provider (authorization code + PKCE) in production, or a pasted token.
import type { PublicAuthConfig } from '@equality-graph/web-kit/auth';
import { useEffect, useState, type FormEvent } from 'react';
import type { ConsoleSession } from './session';

interface Props {
  session: ConsoleSession;
  scopes: string[] | undefined;
}

export function SignInPanel({ session, scopes }: Props) {
  const [config, setConfig] = useState<PublicAuthConfig | null>(null);
  const [role, setRole] = useState('ANALYST');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const claims = session.claims();

  useEffect(() => {
    session.auth.config().then(setConfig, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [session]);

  const act = (work: () => Promise<void> | void) => {
    setError(null);
    Promise.resolve()
      .then(work)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const submitRole = (event: FormEvent) => {
    event.preventDefault();
    act(() => session.auth.signInDevelopment(role));
  };
  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    act(() => {
      session.usePastedToken(pasted);
      setPasted('');
    });
  };

  if (claims) {
    return (
      <section className="signin" aria-label="Caller">
        <p>
          Signed in as <strong>{claims.name ?? claims.sub ?? 'unknown'}</strong>; roles:{' '}
          <span data-testid="caller-roles">{claims.roles.length ? claims.roles.join(', ') : 'none'}</span>
          {scopes && (
            <>
              ; scopes: <span data-testid="caller-scopes">{scopes.length ? scopes.join(', ') : 'none'}</span>
            </>
          )}
        </p>
        <button type="button" onClick={() => session.signOut()}>
          Sign out
        </button>
      </section>
    );
  }

  return (
    <section className="signin" aria-label="Sign in">
      <p>Anonymous: public data only.</p>
      {config?.mode === 'dev' && (
        <form onSubmit={submitRole}>
          <label>
            Development role{' '}
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              {config.roles.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>{' '}
          <button type="submit">Sign in</button>
        </form>
      )}
      {config?.mode === 'oidc' && config.clientId !== null && (
        <button type="button" onClick={() => act(() => session.auth.beginOidcSignIn('/console/'))}>
          Sign in with the department&apos;s account
        </button>
      )}
      <form onSubmit={submitToken}>
        <label>
          Or paste a token{' '}
          <input type="password" autoComplete="off" value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>{' '}
        <button type="submit" disabled={pasted.trim() === ''}>
          Use token
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
