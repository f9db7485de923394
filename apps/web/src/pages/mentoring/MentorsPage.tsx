// The programme's public directory of mentors, with the API's filters (expertise, commune,
// format, remaining capacity) and cursor pages.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { FORMAT_LABELS } from '../../labels';
import { CommuneOptions } from '../../components/CommuneOptions';
import type { MentorFilter } from '../../gql/graphql';
import { MentorDirectory } from '../../operations/mentoring';
import { Link } from '../../router';

const PAGE = 12;

export function MentorsPage() {
  const [expertise, setExpertise] = useState('');
  const [commune, setCommune] = useState('');
  const [format, setFormat] = useState('');
  const [hasCapacity, setHasCapacity] = useState(false);
  const [cursors, setCursors] = useState<string[]>([]);
  const filter: MentorFilter = {
    ...(expertise.trim() ? { expertise: [expertise.trim()] } : {}),
    ...(commune ? { commune } : {}),
    ...(format === 'IN_PERSON' || format === 'REMOTE' ? { format } : {}),
    ...(hasCapacity ? { hasCapacity: true } : {}),
  };
  const { data, loading, error } = useQuery(MentorDirectory, { variables: { filter, first: PAGE, after: cursors.at(-1) ?? null } });
  const restart =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([]);
    };
  const page = data?.mentors;
  return (
    <>
      <h1>Les mentores du programme Femmes des Hauts-de-Seine</h1>
      <p className="lead">
        Des femmes inspirantes accompagnent des jeunes femmes de moins de 30 ans, quelques heures par mois pendant au moins six mois.{' '}
        <Link to="/mentorat/candidature">Devenir mentorée</Link>
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtrer les mentores">
        <label>
          Domaine d’expertise
          <input value={expertise} onChange={(e) => restart(setExpertise)(e.target.value)} placeholder="ex. entrepreneuriat" />
        </label>
        <label>
          Commune
          <select value={commune} onChange={(e) => restart(setCommune)(e.target.value)}>
            <option value="">Toutes</option>
            <CommuneOptions />
          </select>
        </label>
        <label>
          Format
          <select value={format} onChange={(e) => restart(setFormat)(e.target.value)}>
            <option value="">Tous</option>
            <option value="IN_PERSON">En présentiel</option>
            <option value="REMOTE">À distance</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={hasCapacity} onChange={(e) => restart(setHasCapacity)(e.target.checked)} />
          Disponibles pour une nouvelle mentorée
        </label>
      </form>
      <QueryState loading={loading && !data} error={error} />
      {page && (
        <section aria-labelledby="mentors-count">
          <h2 id="mentors-count">{page.totalCount} mentores</h2>
          <ul className="cards">
            {page.edges.map(({ node: m }) => (
              <li key={m.id} className="card">
                <h3>
                  <Link to={`/mentorat/mentores/${m.id}`}>{m.displayName}</Link>
                </h3>
                {m.headline && <p>{m.headline}</p>}
                <p className="meta">
                  {m.commune.name} · {m.formats.map((f) => FORMAT_LABELS[f] ?? f).join(', ')}
                </p>
                <p className="tags">{m.expertise.join(' · ')}</p>
              </li>
            ))}
          </ul>
          <div className="pager">
            {cursors.length > 0 && (
              <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>
                Page précédente
              </button>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <button type="button" onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? ''])}>
                Page suivante
              </button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
