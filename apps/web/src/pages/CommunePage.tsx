// A commune's "vision d'ensemble" in one federated query: its population (observatory), published
// figures (observatory), mentors (mentoring), training held (training) and the help nearby.
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../components/QueryState';
import { Secret, SecretExplanation } from '../components/Suppressed';
import { SUPPORT_KIND_LABELS, formatCount, formatRate } from '../labels';
import { CommuneOverview } from '../operations/communes';
import { Link } from '../router';

export function CommunePage({ code }: { code: string }) {
  const { data, loading, error } = useQuery(CommuneOverview, { variables: { code } });
  const commune = data?.commune;
  if (!commune) {
    return (
      <>
        <h1>Commune</h1>
        <QueryState loading={loading} error={error} />
        {data && <p>Aucune commune des Hauts-de-Seine ne porte le code {code}.</p>}
      </>
    );
  }
  // The latest published year of each indicator.
  const latest = new Map<string, (typeof commune.observations)[number]>();
  for (const o of commune.observations) {
    const seen = latest.get(o.indicator.code);
    if (!seen || seen.period < o.period) latest.set(o.indicator.code, o);
  }
  const fictitious = commune.observations.some((o) => /fictive/i.test(o.source));
  return (
    <>
      <h1>{commune.name}</h1>
      <dl className="key-figures">
        <div>
          <dt>Population municipale ({commune.populationYear}, INSEE)</dt>
          <dd>{formatCount(commune.population)}</dd>
        </div>
        <div>
          <dt>Code postal</dt>
          <dd>{commune.postalCodes.join(', ')}</dd>
        </div>
        <div>
          <dt>Mentores disponibles</dt>
          <dd>{formatCount(commune.mentoring.mentorCount)}</dd>
        </div>
        <div>
          <dt>Sessions de formation tenues</dt>
          <dd>{formatCount(commune.training.sessionCount)}</dd>
        </div>
        <div>
          <dt>Professionnels formés</dt>
          <dd>
            {commune.training.suppressed || commune.training.trainedCount === null || commune.training.trainedCount === undefined ? (
              <Secret />
            ) : (
              formatCount(commune.training.trainedCount)
            )}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">Chiffres publiés</h2>
        {fictitious && <p className="badge-fictitious">Données fictives de démonstration</p>}
        <ul className="cards">
          {[...latest.values()].map((o) => (
            <li key={o.id} className="card">
              <h3>{o.indicator.label}</h3>
              <p>
                En {o.period} :{' '}
                {o.suppressed ? (
                  <Secret />
                ) : o.value === null || o.value === undefined ? (
                  'non diffusé'
                ) : (
                  `${formatCount(o.value)} ${o.indicator.unit}`
                )}
                {!o.suppressed && o.rate !== null && o.rate !== undefined ? ` (${formatRate(o.rate)} pour 1 000 habitants)` : ''}
              </p>
              <Link to={`/observatoire?indicateur=${o.indicator.code}&annee=${o.period}&commune=${commune.code}`}>Voir l’évolution</Link>
            </li>
          ))}
        </ul>
        <SecretExplanation />
      </section>
      <section aria-labelledby="services-title">
        <h2 id="services-title">Où trouver de l’aide</h2>
        <ul className="cards">
          {commune.supportServices.map((s) => (
            <li key={s.id} className="card">
              <h3>{s.name}</h3>
              <p className="kind">
                {SUPPORT_KIND_LABELS[s.kind] ?? s.kind}
                {s.wholeDepartment ? ' · tout le département' : ''}
              </p>
              {s.phone && (
                <p>
                  Téléphone : <a href={`tel:${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>
                </p>
              )}
              {s.hours && <p>Horaires : {s.hours}</p>}
            </li>
          ))}
        </ul>
        <Link to={`/aide?commune=${commune.code}`}>Toute l’aide près de {commune.name}</Link>
      </section>
    </>
  );
}
