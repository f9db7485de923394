// The pairs a coordinator follows, filtered by the mentee's commune like the rest of the page:
// proposals waiting for an answer (withdrawn by declining them) and active mentorships, which she
// closes as completed or ends early with a reason. Listing them is an audited read in the
// mentoring service, as opening one is.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { QueryState } from '../../components/QueryState';
import { formatCount, formatDate } from '../../labels';
import { CoordinationPairs, EndMatch } from '../../operations/spaces-coordination';
import { CompleteMatch, DeclineMatch } from '../../operations/spaces';
import { useAction } from './useAction';

const refetch = { refetchQueries: [CoordinationPairs], awaitRefetchQueries: true };

const answered = (at: string | null | undefined) => (at ? `a accepté le ${formatDate(at)}` : 'n’a pas encore répondu');

/** Says when a list shows only its first page, and how to see the rest. */
function FirstShown({ shown, total, words }: { shown: number; total: number; words: string }) {
  if (shown >= total) return null;
  return (
    <p className="note">
      Les {formatCount(shown)} {words} : choisissez la commune des mentorées pour voir les autres.
    </p>
  );
}

function EndEarly({ id, names }: { id: string; names: string }) {
  const [open, setOpen] = useState(false);
  const [end, ending] = useMutation(EndMatch, refetch);
  const { run, alert } = useAction();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    void run(() => end({ variables: { id, reason } }));
  };
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Mettre fin au mentorat de {names}
      </button>
    );
  }
  return (
    <form onSubmit={submit} aria-label={`Mettre fin au mentorat de ${names}`}>
      {alert}
      <div className="field">
        <label htmlFor={`reason-${id}`}>Motif (vu par les deux personnes et la coordination)</label>
        <textarea id={`reason-${id}`} name="reason" rows={2} required maxLength={500} />
      </div>
      <button type="submit" disabled={ending.loading}>
        Confirmer la fin du mentorat
      </button>
    </form>
  );
}

/** The pairs of mentees living in `commune` (every commune when empty), as the page's filter says. */
export function CoordinationPairsSection({ commune }: { commune: string }) {
  const { data, loading, error } = useQuery(CoordinationPairs, {
    variables: { commune: commune || null },
    fetchPolicy: 'cache-and-network',
  });
  const [complete, completing] = useMutation(CompleteMatch, refetch);
  const [decline, declining] = useMutation(DeclineMatch, refetch);
  const { run, alert } = useAction();
  const proposed = (data?.proposed.edges ?? []).map((e) => e.node);
  const active = (data?.active.edges ?? []).map((e) => e.node);
  return (
    <>
      <QueryState loading={loading && !data} error={error} />
      {alert}
      {data && (
        <section aria-labelledby="proposed-title">
          <h2 id="proposed-title">Propositions en attente de réponse ({formatCount(data.proposed.totalCount)})</h2>
          {proposed.length === 0 && <p>Aucune proposition n’attend de réponse.</p>}
          <FirstShown shown={proposed.length} total={data.proposed.totalCount} words="premières sont affichées" />
          <ul className="cards">
            {proposed.map((p) => (
              <li key={p.id} className="card" data-testid="proposed-pair" data-mentorship={p.id}>
                <h3>
                  {p.mentee.firstName} et {p.mentor.displayName}
                </h3>
                <p className="meta">Proposé le {formatDate(p.proposedAt)}</p>
                <p>
                  {p.mentee.firstName} {answered(p.menteeAcceptedAt)} ; {p.mentor.displayName} {answered(p.mentorAcceptedAt)}.
                </p>
                <button
                  type="button"
                  className="secondary"
                  disabled={declining.loading}
                  onClick={() => void run(() => decline({ variables: { id: p.id } }))}
                >
                  Retirer la proposition faite à {p.mentee.firstName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && (
        <section aria-labelledby="active-title">
          <h2 id="active-title">Binômes en cours ({formatCount(data.active.totalCount)})</h2>
          {active.length === 0 && <p>Aucun binôme en cours.</p>}
          <FirstShown shown={active.length} total={data.active.totalCount} words="premiers sont affichés" />
          <ul className="cards">
            {active.map((p) => (
              <li key={p.id} className="card" data-testid="active-pair" data-mentorship={p.id}>
                <h3>
                  {p.mentee.firstName} et {p.mentor.displayName}
                </h3>
                <p className="meta">
                  {p.startedAt ? `Depuis le ${formatDate(p.startedAt)}` : 'En cours'} · {formatCount(p.sessions.totalCount)}{' '}
                  {p.sessions.totalCount > 1 ? 'rencontres notées' : 'rencontre notée'}
                </p>
                <div className="actions">
                  <button type="button" disabled={completing.loading} onClick={() => void run(() => complete({ variables: { id: p.id } }))}>
                    Clore le parcours de {p.mentee.firstName} (mené à terme)
                  </button>
                  <EndEarly id={p.id} names={`${p.mentee.firstName} et ${p.mentor.displayName}`} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
