// Help near me: a commune by name or postal code, then the services a woman can reach from it.
// Nothing typed here is stored or sent anywhere but the graph.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { QueryState } from '../components/QueryState';
import { SUPPORT_KIND_LABELS } from '../labels';
import { FindCommunes, HelpNearCommune } from '../operations/help';
import { navigate, useLocation } from '../router';

function Services({ code }: { code: string }) {
  const { data, loading, error } = useQuery(HelpNearCommune, { variables: { code } });
  const commune = data?.commune;
  return (
    <section aria-labelledby="services-title">
      <QueryState loading={loading && !data} error={error} />
      {commune && (
        <>
          <h2 id="services-title">
            Aide près de {commune.name} ({commune.postalCodes.join(', ')})
          </h2>
          <p>
            {commune.supportServices.length} services répondent aux habitantes de {commune.name}.
          </p>
          <ul className="cards services">
            {commune.supportServices.map((s) => (
              <li key={s.id} className="card">
                <h3>{s.name}</h3>
                <p className="kind">
                  {SUPPORT_KIND_LABELS[s.kind] ?? s.kind}
                  {s.wholeDepartment ? ' · tout le département' : ''}
                </p>
                {s.description && <p>{s.description}</p>}
                {s.phone && (
                  <p>
                    Téléphone : <a href={`tel:${s.phone.replace(/\s/g, '')}`}>{s.phone}</a>
                  </p>
                )}
                {s.hours && <p>Horaires : {s.hours}</p>}
                {s.address ? (
                  <p>Adresse : {s.address}</p>
                ) : s.kind === 'SHELTER' ? (
                  <p>Adresse confidentielle : appelez pour être orientée.</p>
                ) : null}
                {s.languages.length > 0 && <p>Langues : {s.languages.join(', ')}</p>}
                {s.accessibility && <p>Accessibilité : {s.accessibility}</p>}
                {s.fictitious && <p className="badge-fictitious">Fiche fictive de démonstration</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Matches({ search }: { search: string }) {
  const { data, loading, error } = useQuery(FindCommunes, { variables: { search } });
  const found = data?.findCommunes ?? [];
  if (found.length === 1 && found[0]) return <Services code={found[0].code} />;
  return (
    <section aria-live="polite">
      <QueryState loading={loading && !data} error={error} />
      {data && found.length === 0 && <p>Aucune commune des Hauts-de-Seine ne correspond à « {search} ».</p>}
      {found.length > 1 && (
        <>
          <h2>Plusieurs communes correspondent</h2>
          <ul className="choices">
            {found.map((c) => (
              <li key={c.code}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => navigate(`/aide?q=${encodeURIComponent(search)}&commune=${c.code}`)}
                >
                  {c.name} ({c.postalCodes.join(', ')})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function HelpPage() {
  const { search } = useLocation();
  const query = search.get('q') ?? '';
  const commune = search.get('commune');
  const [text, setText] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value) navigate(`/aide?q=${encodeURIComponent(value)}`);
  };
  return (
    <>
      <h1>Trouver de l’aide près de chez moi</h1>
      <p className="lead">Écoute, accueil, hébergement, aide juridique : gratuits et confidentiels.</p>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="help-search">Ma commune ou mon code postal</label>
        <div className="search-row">
          <input
            id="help-search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            inputMode="search"
            placeholder="Nanterre ou 92000"
          />
          <button type="submit">Rechercher</button>
        </div>
      </form>
      {commune ? <Services code={commune} /> : query ? <Matches search={query} /> : null}
    </>
  );
}
