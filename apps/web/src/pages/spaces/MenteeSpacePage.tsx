// The mentee's space: her application (and a minor's pending parental consent), then each
// mentorship proposed to her, with her mentor's shared contact, sessions, goals and the survey.
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useToken } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { MENTEE_STATUS_LABELS, formatDate } from '../../labels';
import { MyMentorships, RecordParentalConsent } from '../../operations/spaces';
import { Link } from '../../router';
import { formErrors } from '../mentoring/field-errors';
import { MentorshipPanel } from './MentorshipPanel';
import { SignInFirst } from './SignInFirst';
import { SpacesNav } from './SpacesNav';

export const MENTEE_SPACE_PATH = '/mentorat/mon-espace';

function ParentalConsentForm({ menteeId }: { menteeId: string }) {
  const [record, { loading }] = useMutation(RecordParentalConsent, { refetchQueries: [MyMentorships], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      await record({
        variables: { menteeId, input: { parentName: String(form.get('parentName') ?? ''), date: String(form.get('date') ?? '') } },
      });
    } catch (error) {
      const { general, fields } = formErrors(error);
      setProblem([...general, ...Object.values(fields)].join(' '));
    }
  };
  return (
    <form className="application" onSubmit={(e) => void submit(e)} aria-label="Consentement parental">
      <p>Vous avez moins de 18 ans : votre candidature attend l’accord d’un parent ou d’une personne responsable.</p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor="parent-name">Nom du parent ou de la personne responsable</label>
        <input id="parent-name" name="parentName" required />
      </div>
      <div className="field">
        <label htmlFor="parent-date">Date de son accord</label>
        <input id="parent-date" name="date" type="date" required />
      </div>
      <button type="submit" disabled={loading}>
        Enregistrer l’accord parental
      </button>
    </form>
  );
}

export function MenteeSpacePage() {
  const token = useToken();
  const { data, loading, error } = useQuery(MyMentorships, token ? { fetchPolicy: 'cache-and-network' } : skipToken);
  if (!token) return <SignInFirst title="Mon espace mentorée" path={MENTEE_SPACE_PATH} />;
  const mentee = data?.me?.mentee;
  const mentorships = (data?.me?.mentorships.edges ?? []).map((e) => e.node).filter((m) => m.mentor.id !== data?.me?.mentor?.id);
  return (
    <>
      <h1>Mon espace mentorée</h1>
      <SpacesNav />
      <QueryState loading={loading && !data} error={error} />
      {data && !mentee && (
        <p>
          Vous n’avez pas encore candidaté : <Link to="/mentorat/candidature">déposer ma candidature</Link>.
        </p>
      )}
      {mentee && (
        <section className="result valid" aria-labelledby="application-title" data-testid="my-application">
          <h2 id="application-title">Ma candidature</h2>
          <p data-testid="application-status">
            {MENTEE_STATUS_LABELS[mentee.status] ?? mentee.status} · déposée le {formatDate(mentee.appliedAt)} · {mentee.commune.name}
          </p>
          {mentee.awaitingParentalConsent && <ParentalConsentForm menteeId={mentee.id} />}
        </section>
      )}
      {mentee && mentorships.length === 0 && <p>Aucune proposition de mentore pour l’instant : vous serez prévenue par courriel.</p>}
      {mentorships.map((m) => (
        <MentorshipPanel key={m.id} mentorship={m} side="MENTEE" />
      ))}
    </>
  );
}
