// Training of professionals: the public catalogue and the sessions to come.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QueryState } from '../components/QueryState';
import { MODALITY_LABELS, SECTOR_LABELS, formatDateTime } from '../labels';
import { TrainingCatalogue } from '../operations/training';
import { Link } from '../router';

export function TrainingPage() {
  // Fixed for the page's life so the query's variables do not change on every render.
  const [from] = useState(() => new Date().toISOString());
  const { data, loading, error } = useQuery(TrainingCatalogue, { variables: { from } });
  return (
    <>
      <h1>Se former aux violences faites aux femmes</h1>
      <p className="lead">
        Formations gratuites pour les professionnels du département. <Link to="/formation/verifier">Vérifier une attestation</Link>
      </p>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">Prochaines sessions</h2>
            {data.trainingSessions.edges.length === 0 && <p>Aucune session n’est programmée pour le moment.</p>}
            <ul className="cards">
              {data.trainingSessions.edges.map(({ node: s }) => (
                <li key={s.id} className="card">
                  <h3>{s.course.title}</h3>
                  <p>{formatDateTime(s.startsAt)}</p>
                  <p>
                    {s.commune.name}
                    {s.venue ? ` · ${s.venue}` : ' · à distance'}
                  </p>
                  <p>
                    {s.seatsLeft > 0 ? `${s.seatsLeft} places restantes sur ${s.capacity}` : 'Complet : inscription sur liste d’attente'}
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="catalogue-title">
            <h2 id="catalogue-title">Catalogue ({data.trainingCourses.totalCount} formations)</h2>
            <ul className="cards">
              {data.trainingCourses.edges.map(({ node: c }) => (
                <li key={c.id} className="card">
                  <h3>{c.title}</h3>
                  <p>{c.summary}</p>
                  <p className="meta">
                    {c.durationHours.toLocaleString('fr-FR')} h · {MODALITY_LABELS[c.modality] ?? c.modality} · pour{' '}
                    {c.targetSectors.map((s) => SECTOR_LABELS[s] ?? s).join(', ')}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
