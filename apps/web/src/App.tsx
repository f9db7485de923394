// The routes of the public client; the help section carries the emergency numbers and the
// quick-exit button on each of its pages.
import { Suspense, lazy, useEffect } from 'react';
import { SIGN_IN_RETURN_PATH } from './auth/AuthProvider';
import { EmergencyNumbers } from './components/EmergencyNumbers';
import { Layout } from './components/Layout';
import { QuickExit } from './components/QuickExit';
import { CertificatePage } from './pages/CertificatePage';
import { CommunePage } from './pages/CommunePage';
import { HelpPage } from './pages/HelpPage';
import { HomePage } from './pages/HomePage';
import { ApplyPage } from './pages/mentoring/ApplyPage';
import { MentorPage } from './pages/mentoring/MentorPage';
import { MentorsPage } from './pages/mentoring/MentorsPage';
import { SignInPage, SignInReturnPage } from './pages/SignInPage';
import { COORDINATION_PATH, CoordinationPage } from './pages/spaces/CoordinationPage';
import { MENTEE_SPACE_PATH, MenteeSpacePage } from './pages/spaces/MenteeSpacePage';
import { MENTOR_SPACE_PATH, MentorSpacePage } from './pages/spaces/MentorSpacePage';
import { TrainingPage } from './pages/TrainingPage';
import { matchPath, useLocation } from './router';

// The observatory carries ECharts, the bulk of the bundle: loaded when its page is opened.
const ObservatoryPage = lazy(() => import('./pages/observatory/ObservatoryPage').then((m) => ({ default: m.ObservatoryPage })));

interface Route {
  pattern: string;
  title: string;
  render(params: Record<string, string>): React.ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/', title: 'Accueil', render: () => <HomePage /> },
  { pattern: '/observatoire', title: 'Observatoire', render: () => <ObservatoryPage /> },
  { pattern: '/communes/:code', title: 'Commune', render: ({ code = '' }) => <CommunePage code={code} /> },
  { pattern: '/aide', title: 'Trouver de l’aide', render: () => <HelpPage /> },
  { pattern: '/formation', title: 'Formation', render: () => <TrainingPage /> },
  { pattern: '/formation/verifier', title: 'Vérifier une attestation', render: () => <CertificatePage /> },
  { pattern: '/mentorat', title: 'Mentorat', render: () => <MentorsPage /> },
  { pattern: '/mentorat/mentores/:id', title: 'Profil de mentore', render: ({ id = '' }) => <MentorPage id={id} /> },
  { pattern: '/mentorat/candidature', title: 'Devenir mentorée', render: () => <ApplyPage /> },
  { pattern: MENTEE_SPACE_PATH, title: 'Mon espace mentorée', render: () => <MenteeSpacePage /> },
  { pattern: MENTOR_SPACE_PATH, title: 'Mon espace mentore', render: () => <MentorSpacePage /> },
  { pattern: COORDINATION_PATH, title: 'Coordination du mentorat', render: () => <CoordinationPage /> },
  { pattern: '/connexion', title: 'Connexion', render: () => <SignInPage /> },
  { pattern: SIGN_IN_RETURN_PATH, title: 'Connexion', render: () => <SignInReturnPage /> },
];

const HELP_SECTION = '/aide';

export function App() {
  const { path } = useLocation();
  let page: React.ReactNode = <h1>Page introuvable</h1>;
  let title = 'Page introuvable';
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      page = route.render(params);
      title = route.title;
      break;
    }
  }
  useEffect(() => {
    document.title = `${title} · Hauts-de-Seine`;
  }, [title]);
  const help = path === HELP_SECTION || path.startsWith(`${HELP_SECTION}/`);
  return (
    <Layout
      banner={
        help ? (
          <div className="help-banner">
            <EmergencyNumbers />
            <QuickExit />
          </div>
        ) : undefined
      }
    >
      <Suspense
        fallback={
          <p role="status" className="loading">
            Chargement…
          </p>
        }
      >
        {page}
      </Suspense>
    </Layout>
  );
}
