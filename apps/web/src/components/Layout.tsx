// The frame of every page: skip link, header with the sections and the sign-in state, footer.
import type { ReactNode } from 'react';
import { useAuthSession, useToken } from '../auth/AuthProvider';
import { Link, useLocation } from '../router';

const SECTIONS = [
  { to: '/observatoire', label: 'Observatoire' },
  { to: '/aide', label: 'Trouver de l’aide' },
  { to: '/formation', label: 'Formation' },
  { to: '/mentorat', label: 'Mentorat' },
];

/** The header's last items: each its own list item, so the list's gap separates them. */
function SignInState() {
  const session = useAuthSession();
  const token = useToken();
  if (!token) {
    return (
      <li>
        <Link to="/connexion">Se connecter</Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link to="/mentorat/mon-espace">Mon espace</Link>
      </li>
      <li>
        <button type="button" className="link-button" onClick={() => session.signOut()}>
          Se déconnecter
        </button>
      </li>
    </>
  );
}

export function Layout({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const { path } = useLocation();
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      {banner}
      <header className="site-header">
        <Link to="/" className="brand">
          Hauts-de-Seine · Égalité
        </Link>
        <nav aria-label="Rubriques">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.to}>
                <Link to={s.to} aria-current={path.startsWith(s.to) ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
            <SignInState />
          </ul>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Département des Hauts-de-Seine · Observatoire départemental des violences faites aux femmes.</p>
        <p>Ce site ne dépose aucun cookie et ne mesure pas votre visite.</p>
      </footer>
    </>
  );
}
