// Sign-in: the department's identity provider (authorization code + PKCE) in production, a role
// picker that asks the gateway for a development token in development. Tokens stay in memory.
import { useEffect, useState, type FormEvent } from 'react';
import { useAuthSession, useToken } from '../auth/AuthProvider';
import { navigate, useLocation } from '../router';

const ROLE_LABELS: Record<string, string> = {
  MENTEE: 'Jeune femme candidate au mentorat',
  MENTOR: 'Mentore',
  COORDINATOR: 'Coordinatrice du programme',
  PROFESSIONAL: 'Professionnel·le',
  TRAINER: 'Formatrice',
  ANALYST: 'Analyste de l’observatoire',
  ADMIN: 'Administratrice',
};

type Config = Awaited<ReturnType<ReturnType<typeof useAuthSession>['config']>>;

/** Only a path of this app may be returned to. */
const returnPath = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

export function SignInPage() {
  const session = useAuthSession();
  const token = useToken();
  const { search } = useLocation();
  const [config, setConfig] = useState<Config | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [role, setRole] = useState('MENTEE');
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const back = returnPath(search.get('retour'));

  useEffect(() => {
    session.config().then(setConfig, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [session]);

  const signInDevelopment = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await session.signInDevelopment(role, {
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(account.trim() ? { sub: account.trim() } : {}),
      });
      navigate(back);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <h1>Connexion</h1>
      {token && <p role="status">Vous êtes connectée. La connexion prend fin à la fermeture de l’onglet.</p>}
      {problem && (
        <p role="alert" className="error">
          La connexion a échoué : {problem}
        </p>
      )}
      {config?.mode === 'oidc' && (
        <button type="button" onClick={() => void session.beginOidcSignIn(back).catch((e: unknown) => setProblem(String(e)))}>
          Se connecter avec le compte du Département
        </button>
      )}
      {config?.mode === 'dev' && (
        <form className="application" onSubmit={(e) => void signInDevelopment(e)}>
          <p className="note">Environnement de développement : choisissez un rôle, un jeton de test est demandé à la passerelle.</p>
          <fieldset>
            <legend>Rôle</legend>
            {/* A new account has no role: the programme's records give one once she is accepted or approved. */}
            <label className="checkbox">
              <input type="radio" name="role" value="" checked={role === ''} onChange={() => setRole('')} />
              Nouveau compte, sans rôle
            </label>
            {config.roles.map((r) => (
              <label key={r} className="checkbox">
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                {ROLE_LABELS[r] ?? r}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="dev-name">Nom affiché (facultatif)</label>
            <input id="dev-name" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="dev-account">Identifiant du compte (facultatif)</label>
            <input id="dev-account" value={account} onChange={(e) => setAccount(e.target.value)} />
          </div>
          <button type="submit">Se connecter</button>
        </form>
      )}
    </>
  );
}

/** One exchange per redirect, even when React runs the effect twice (StrictMode in development). */
let completing: { url: string; result: Promise<string> } | null = null;

/** The identity provider's redirect: finishes the sign-in and goes back where it started. */
export function SignInReturnPage() {
  const session = useAuthSession();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const url = window.location.href;
    if (completing?.url !== url) completing = { url, result: session.completeOidcSignIn(url) };
    completing.result.then(
      (path) => navigate(returnPath(path)),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, [session]);
  return (
    <>
      <h1>Connexion</h1>
      {problem ? (
        <p role="alert" className="error">
          La connexion a échoué : {problem}
        </p>
      ) : (
        <p role="status">Connexion en cours…</p>
      )}
    </>
  );
}
