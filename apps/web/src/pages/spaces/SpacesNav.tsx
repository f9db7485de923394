// The sub-navigation between the programme's personal spaces (one account may be mentee,
// mentor or coordinator; each space says what it holds for her).
import { Link, useLocation } from '../../router';

export const SPACES = [
  { to: '/mentorat/mon-espace', label: 'Espace mentorée' },
  { to: '/mentorat/espace-mentore', label: 'Espace mentore' },
  { to: '/mentorat/coordination', label: 'Coordination' },
];

export function SpacesNav() {
  const { path } = useLocation();
  return (
    <nav aria-label="Espaces du mentorat" className="filters">
      <ul className="pager choices">
        {SPACES.map((s) => (
          <li key={s.to}>
            <Link to={s.to} aria-current={path === s.to ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
