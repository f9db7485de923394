// One mentorship as one of its two people sees it: the proposal to accept (with the contact she
// consents to share) or decline, the other's shared contact while ACTIVE, sessions, goals, and the
// survey once it is over. The mentee's and the mentor's spaces both show it.
import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import type { MyMentorshipsQuery } from '../../gql/graphql';
import { FORMAT_LABELS, MENTORSHIP_STATUS_LABELS, formatDate } from '../../labels';
import { AcceptMatch, AddGoal, CompleteMatch, DeclineMatch, LogSession, MyMentorships, SubmitSurvey } from '../../operations/spaces';
import { useAction } from './useAction';

type Me = NonNullable<MyMentorshipsQuery['me']>;
export type MentorshipView = Me['mentorships']['edges'][number]['node'];
export type Side = 'MENTEE' | 'MENTOR';

const refetch = { refetchQueries: [MyMentorships], awaitRefetchQueries: true };
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function Proposal({ mentorship, side }: { mentorship: MentorshipView; side: Side }) {
  const [accept, accepting] = useMutation(AcceptMatch, refetch);
  const [decline, declining] = useMutation(DeclineMatch, refetch);
  const { run, alert } = useAction();
  const mine = side === 'MENTEE' ? mentorship.menteeAcceptedAt : mentorship.mentorAcceptedAt;
  if (mine)
    return <p className="note">Vous avez accepté cette proposition le {formatDate(mine)} ; l’autre personne n’a pas encore répondu.</p>;
  const id = mentorship.id;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const share = {
      ...(form.get('shareEmail') ? { email: text(form, 'email') } : {}),
      ...(form.get('sharePhone') ? { phone: text(form, 'phone') } : {}),
    };
    void run(() => accept({ variables: { id, share: Object.keys(share).length ? share : null } }));
  };
  return (
    <form className="application" onSubmit={submit} aria-label="Répondre à la proposition">
      {alert}
      <fieldset>
        <legend>Coordonnées que j’accepte de partager pendant le mentorat</legend>
        <p className="note">Seule l’autre personne du binôme les verra, et seulement tant que le mentorat est en cours.</p>
        <label className="checkbox">
          <input type="checkbox" name="shareEmail" />
          J’accepte de partager mon adresse électronique
        </label>
        <div className="field">
          <label htmlFor={`email-${id}`}>Adresse électronique à partager</label>
          <input id={`email-${id}`} name="email" type="email" autoComplete="email" />
        </div>
        <label className="checkbox">
          <input type="checkbox" name="sharePhone" />
          J’accepte de partager mon numéro de téléphone
        </label>
        <div className="field">
          <label htmlFor={`phone-${id}`}>Téléphone à partager</label>
          <input id={`phone-${id}`} name="phone" type="tel" autoComplete="tel" />
        </div>
      </fieldset>
      <div className="pager">
        <button type="submit" disabled={accepting.loading}>
          Accepter la proposition
        </button>
        <button
          type="button"
          className="link-button"
          disabled={declining.loading}
          onClick={() => void run(() => decline({ variables: { id } }))}
        >
          Refuser la proposition
        </button>
      </div>
    </form>
  );
}

function Sessions({ mentorship }: { mentorship: MentorshipView }) {
  const [log, { loading }] = useMutation(LogSession, refetch);
  const { run, alert } = useAction();
  const sessions = mentorship.sessions.edges.map((e) => e.node);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      date: text(form, 'date'),
      durationMinutes: Number(text(form, 'duration')),
      format: text(form, 'format') === 'IN_PERSON' ? ('IN_PERSON' as const) : ('REMOTE' as const),
      topics: text(form, 'topics')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      notes: text(form, 'notes') || null,
    };
    void run(async () => {
      await log({ variables: { mentorshipId: mentorship.id, input } });
      formElement.reset();
    });
  };
  const id = mentorship.id;
  return (
    <section aria-labelledby={`sessions-${id}`}>
      <h3 id={`sessions-${id}`}>Rencontres</h3>
      {sessions.length === 0 ? (
        <p>Aucune rencontre notée pour l’instant.</p>
      ) : (
        <ul className="choices" data-testid="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <p>
                {formatDate(s.date)} · {s.durationMinutes} min · {FORMAT_LABELS[s.format] ?? s.format}
              </p>
              {s.topics.length > 0 && <p className="tags">Sujets : {s.topics.join(', ')}</p>}
              {s.notes && <p>{s.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      {mentorship.status === 'ACTIVE' && (
        <form className="application" onSubmit={submit} aria-label="Noter une rencontre">
          {alert}
          <div className="field">
            <label htmlFor={`date-${id}`}>Date de la rencontre</label>
            <input id={`date-${id}`} name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
          </div>
          <div className="field">
            <label htmlFor={`duration-${id}`}>Durée (minutes)</label>
            <input id={`duration-${id}`} name="duration" inputMode="numeric" required defaultValue="60" />
          </div>
          <div className="field">
            <label htmlFor={`format-${id}`}>Format</label>
            <select id={`format-${id}`} name="format" defaultValue="REMOTE">
              {Object.entries(FORMAT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`topics-${id}`}>Sujets abordés (séparés par des virgules)</label>
            <input id={`topics-${id}`} name="topics" />
          </div>
          <div className="field">
            <label htmlFor={`notes-${id}`}>Notes (visibles par votre binôme seulement)</label>
            <textarea id={`notes-${id}`} name="notes" rows={3} />
          </div>
          <button type="submit" disabled={loading}>
            Noter la rencontre
          </button>
        </form>
      )}
    </section>
  );
}

function Goals({ mentorship }: { mentorship: MentorshipView }) {
  const [add, { loading }] = useMutation(AddGoal, refetch);
  const { run, alert } = useAction();
  const id = mentorship.id;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const title = text(new FormData(formElement), 'title');
    void run(async () => {
      await add({ variables: { mentorshipId: id, input: { title, milestones: [] } } });
      formElement.reset();
    });
  };
  return (
    <section aria-labelledby={`goals-${id}`}>
      <h3 id={`goals-${id}`}>Objectifs</h3>
      {mentorship.goals.length === 0 ? (
        <p>Aucun objectif pour l’instant.</p>
      ) : (
        <ul>
          {mentorship.goals.map((g) => (
            <li key={g.id}>{g.title}</li>
          ))}
        </ul>
      )}
      {mentorship.status === 'ACTIVE' && (
        <form className="search-row" onSubmit={submit} aria-label="Ajouter un objectif">
          {alert}
          <div className="field">
            <label htmlFor={`goal-${id}`}>Nouvel objectif</label>
            <input id={`goal-${id}`} name="title" required />
          </div>
          <button type="submit" disabled={loading}>
            Ajouter
          </button>
        </form>
      )}
    </section>
  );
}

function Survey({ mentorship, side }: { mentorship: MentorshipView; side: Side }) {
  const [submitSurvey, { loading }] = useMutation(SubmitSurvey, refetch);
  const { run, alert } = useAction();
  const id = mentorship.id;
  if (mentorship.surveys.some((s) => s.respondent === side)) return <p className="note">Merci, votre avis a été enregistré.</p>;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      rating: Number(text(form, 'rating')),
      wouldRecommend: form.get('recommend') === 'on',
      comment: text(form, 'comment') || null,
    };
    void run(() => submitSurvey({ variables: { mentorshipId: id, input } }));
  };
  return (
    <section aria-labelledby={`survey-${id}`} data-testid="survey">
      <h3 id={`survey-${id}`}>Votre avis sur le mentorat</h3>
      <form className="application" onSubmit={submit}>
        {alert}
        <div className="field">
          <label htmlFor={`rating-${id}`}>Note de 1 (décevant) à 5 (excellent)</label>
          <select id={`rating-${id}`} name="rating" defaultValue="5">
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="recommend" defaultChecked />
          Je recommanderais le programme
        </label>
        <div className="field">
          <label htmlFor={`comment-${id}`}>Commentaire (facultatif)</label>
          <textarea id={`comment-${id}`} name="comment" rows={3} />
        </div>
        <button type="submit" disabled={loading}>
          Envoyer mon avis
        </button>
      </form>
    </section>
  );
}

export function MentorshipPanel({ mentorship, side }: { mentorship: MentorshipView; side: Side }) {
  const [complete, completing] = useMutation(CompleteMatch, refetch);
  const { run, alert } = useAction();
  const partner = side === 'MENTEE' ? `Votre mentore : ${mentorship.mentor.displayName}` : 'Votre mentorée';
  const contact = mentorship.partnerContact;
  const over = mentorship.status === 'COMPLETED' || mentorship.status === 'ENDED';
  return (
    <article className="card" aria-labelledby={`mentorship-${mentorship.id}`} data-testid="mentorship" data-status={mentorship.status}>
      <h2 id={`mentorship-${mentorship.id}`}>{partner}</h2>
      <p className="meta">
        {MENTORSHIP_STATUS_LABELS[mentorship.status] ?? mentorship.status} · proposé le {formatDate(mentorship.proposedAt)}
        {mentorship.startedAt && ` · commencé le ${formatDate(mentorship.startedAt)}`}
        {mentorship.endedAt && ` · terminé le ${formatDate(mentorship.endedAt)}`}
      </p>
      {mentorship.status === 'PROPOSED' && <Proposal mentorship={mentorship} side={side} />}
      {mentorship.status === 'ACTIVE' && (
        <section aria-labelledby={`contact-${mentorship.id}`} data-testid="partner-contact">
          <h3 id={`contact-${mentorship.id}`}>Coordonnées partagées</h3>
          {contact?.email || contact?.phone ? (
            <ul>
              {contact.email && (
                <li>
                  Courriel : <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              )}
              {contact.phone && (
                <li>
                  Téléphone : <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                </li>
              )}
            </ul>
          ) : (
            <p>L’autre personne n’a pas partagé de coordonnées.</p>
          )}
        </section>
      )}
      {(mentorship.status === 'ACTIVE' || over) && (
        <>
          <Sessions mentorship={mentorship} />
          <Goals mentorship={mentorship} />
        </>
      )}
      {mentorship.status === 'ACTIVE' && side === 'MENTOR' && (
        <>
          {alert}
          <button
            type="button"
            disabled={completing.loading}
            onClick={() => void run(() => complete({ variables: { id: mentorship.id } }))}
          >
            Clore le mentorat (parcours mené à son terme)
          </button>
        </>
      )}
      {over && <Survey mentorship={mentorship} side={side} />}
    </article>
  );
}
