// The coordinator's workspace: applications to review (a minor's waits for parental consent),
// mentor profiles to approve, accepted mentees with their explained match suggestions and the
// proposal of a match, the pairs she follows (CoordinationPairs.tsx) and the programme's figures.
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useToken } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { formatCount, formatDate, formatRate } from '../../labels';
import { CommuneOptions } from '../../components/CommuneOptions';
import { AcceptMentee, ApproveMentor, CoordinationQueue, MatchSuggestions, ProposeMatch } from '../../operations/spaces-coordination';
import { CoordinationPairsSection } from './CoordinationPairs';
import { SignInFirst } from './SignInFirst';
import { SpacesNav } from './SpacesNav';
import { useAction } from './useAction';

export const COORDINATION_PATH = '/mentorat/coordination';

const refetch = { refetchQueries: [CoordinationQueue], awaitRefetchQueries: true };

/** The scoring's criteria (services/mentoring's match-suggestions.ts); the service words each explanation in French. */
const CRITERION_LABELS: Record<string, string> = {
  expertise: 'Centres d’intérêt couverts',
  commune: 'Même commune',
  format: 'Format en commun',
  language: 'Langue en commun',
};

function Suggestions({ menteeId, firstName }: { menteeId: string; firstName: string }) {
  const { data, loading, error } = useQuery(MatchSuggestions, { variables: { menteeId }, fetchPolicy: 'network-only' });
  const [propose, proposing] = useMutation(ProposeMatch, refetch);
  const { run, alert } = useAction();
  const [proposed, setProposed] = useState<string | null>(null);
  if (proposed) {
    return (
      <p role="status" className="note" data-testid="proposal-sent">
        {proposed} a été proposée à {firstName} : chacune est prévenue et répond depuis son espace.
      </p>
    );
  }
  return (
    <section aria-labelledby={`suggestions-${menteeId}`} data-testid="suggestions">
      <h4 id={`suggestions-${menteeId}`}>Mentores suggérées pour {firstName}, la mieux classée d’abord</h4>
      <QueryState loading={loading} error={error} />
      {alert}
      {data?.matchSuggestions.length === 0 && <p>Aucune mentore disponible ne convient pour l’instant.</p>}
      <ol className="choices">
        {(data?.matchSuggestions ?? []).map((s) => (
          <li key={s.mentor.id} className="card" data-testid="suggestion" data-mentor={s.mentor.id} data-score={s.score}>
            <p>
              <strong>{s.mentor.displayName}</strong> · {s.mentor.headline} · {s.mentor.commune.name}
            </p>
            <p>Score : {formatRate(s.score)} points</p>
            <ul className="tags" aria-label={`Pourquoi ${s.mentor.displayName}`}>
              {s.parts.map((p) => (
                <li key={p.criterion}>
                  {CRITERION_LABELS[p.criterion] ?? p.criterion} : {formatRate(p.points)} pt ({p.explanation})
                </li>
              ))}
            </ul>
            <button
              type="button"
              disabled={proposing.loading}
              onClick={() =>
                void run(async () => {
                  await propose({ variables: { menteeId, mentorId: s.mentor.id } });
                  setProposed(s.mentor.displayName);
                })
              }
            >
              Proposer {s.mentor.displayName} à {firstName}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AcceptedMentee({ mentee }: { mentee: { id: string; firstName: string; interests: string[]; commune: { name: string } } }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="card" data-testid="accepted-mentee">
      <h3>{mentee.firstName}</h3>
      <p className="meta">
        {mentee.commune.name} · {mentee.interests.join(', ')}
      </p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Masquer les suggestions' : `Voir les suggestions pour ${mentee.firstName}`}
      </button>
      {open && <Suggestions menteeId={mentee.id} firstName={mentee.firstName} />}
    </li>
  );
}

export function CoordinationPage() {
  const token = useToken();
  const [commune, setCommune] = useState('');
  const { data, loading, error } = useQuery(
    CoordinationQueue,
    token ? { variables: { commune: commune || null }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const [accept, accepting] = useMutation(AcceptMentee, refetch);
  const [approve, approving] = useMutation(ApproveMentor, refetch);
  const { run, alert } = useAction();
  if (!token) return <SignInFirst title="Coordination du mentorat" path={COORDINATION_PATH} />;
  const applied = (data?.applied.edges ?? []).map((e) => e.node);
  const accepted = (data?.accepted.edges ?? []).map((e) => e.node);
  const pendingMentors = (data?.pendingMentors.edges ?? []).map((e) => e.node);
  const total = data?.programmeFigures.total;
  return (
    <>
      <h1>Coordination du mentorat</h1>
      <SpacesNav />
      <QueryState loading={loading && !data} error={error} />
      {alert}
      {total && (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">Le programme sur les douze derniers mois</h2>
          <dl className="key-figures">
            <div>
              <dt>Candidatures</dt>
              <dd>{formatCount(total.applications)}</dd>
            </div>
            <div>
              <dt>Binômes formés</dt>
              <dd>{formatCount(total.matchesStarted)}</dd>
            </div>
            <div>
              <dt>Mentorats en cours</dt>
              <dd>{formatCount(total.activeMatches)}</dd>
            </div>
            <div>
              <dt>Rencontres (heures)</dt>
              <dd>
                {formatCount(total.sessions)} ({formatRate(total.sessionHours)} h)
              </dd>
            </div>
            <div>
              <dt>Taux de parcours menés à terme</dt>
              <dd>
                {total.completionRate === null || total.completionRate === undefined ? '—' : `${formatRate(total.completionRate * 100)} %`}
              </dd>
            </div>
          </dl>
        </section>
      )}
      <div className="filters">
        <label htmlFor="queue-commune">
          Commune des mentorées
          <select id="queue-commune" value={commune} onChange={(e) => setCommune(e.target.value)}>
            <option value="">Toutes les communes</option>
            <CommuneOptions />
          </select>
        </label>
      </div>
      {data && (
        <section aria-labelledby="applications-title">
          <h2 id="applications-title">Candidatures à examiner ({formatCount(data.applied.totalCount)})</h2>
          {applied.length === 0 && <p>Aucune candidature en attente.</p>}
          <ul className="cards">
            {applied.map((m) => (
              <li key={m.id} className="card" data-testid="application" data-mentee={m.id}>
                <h3>{m.firstName}</h3>
                <p className="meta">
                  {m.commune.name} · reçue le {formatDate(m.appliedAt)}
                </p>
                <p>{m.projectSummary}</p>
                <p className="tags">Centres d’intérêt : {m.interests.join(', ')}</p>
                {m.awaitingParentalConsent ? (
                  <p className="note">En attente du consentement parental (mineure).</p>
                ) : (
                  <button type="button" disabled={accepting.loading} onClick={() => void run(() => accept({ variables: { id: m.id } }))}>
                    Accepter la candidature de {m.firstName}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && (
        <section aria-labelledby="mentors-title">
          <h2 id="mentors-title">Profils de mentores à valider ({formatCount(pendingMentors.length)})</h2>
          {pendingMentors.length === 0 && <p>Aucun profil en attente.</p>}
          <ul className="cards">
            {pendingMentors.map((m) => (
              <li key={m.id} className="card" data-testid="pending-mentor">
                <h3>{m.displayName}</h3>
                <p className="meta">
                  {m.headline} · {m.commune.name}
                </p>
                <p className="tags">{m.expertise.join(', ')}</p>
                <button type="button" disabled={approving.loading} onClick={() => void run(() => approve({ variables: { id: m.id } }))}>
                  Valider le profil de {m.displayName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && (
        <section aria-labelledby="accepted-title">
          <h2 id="accepted-title">Mentorées à accompagner ({formatCount(data.accepted.totalCount)})</h2>
          {accepted.length === 0 && <p>Aucune mentorée acceptée n’attend de mentore.</p>}
          <ul className="choices">
            {accepted.map((m) => (
              <AcceptedMentee key={m.id} mentee={m} />
            ))}
          </ul>
        </section>
      )}
      <CoordinationPairsSection commune={commune} />
    </>
  );
}
