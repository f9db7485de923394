// A mentor's public profile: only what she chose to publish (the API gives nothing else).
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { FORMAT_LABELS } from '../../labels';
import { MentorProfile } from '../../operations/mentoring';
import { Link } from '../../router';

export function MentorPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(MentorProfile, { variables: { id } });
  const mentor = data?.mentor;
  if (!mentor) {
    return (
      <>
        <h1>Profil de mentore</h1>
        <QueryState loading={loading} error={error} />
        {data && <p>Ce profil n’existe pas ou n’est pas public.</p>}
      </>
    );
  }
  return (
    <>
      <h1>{mentor.displayName}</h1>
      {mentor.headline && <p className="lead">{mentor.headline}</p>}
      {mentor.bio && <p>{mentor.bio}</p>}
      <dl className="key-figures">
        <div>
          <dt>Commune</dt>
          <dd>{mentor.commune.name}</dd>
        </div>
        <div>
          <dt>Expertise</dt>
          <dd>{mentor.expertise.join(', ')}</dd>
        </div>
        <div>
          <dt>Langues</dt>
          <dd>{mentor.languages.join(', ')}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{mentor.formats.map((f) => FORMAT_LABELS[f] ?? f).join(', ')}</dd>
        </div>
        <div>
          <dt>Disponibilité</dt>
          <dd>{mentor.readyToMentor ? 'Peut accompagner une nouvelle mentorée' : 'Pas de place pour le moment'}</dd>
        </div>
      </dl>
      <p>
        <Link to="/mentorat/candidature">Devenir mentorée</Link> · <Link to="/mentorat">Toutes les mentores</Link>
      </p>
    </>
  );
}
