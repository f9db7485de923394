// The mentor's space: her offer to mentor (a profile a coordinator approves), then each
// mentorship proposed to her, the mentee's shared contact and the sessions either of them logged.
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useToken } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { FORMAT_LABELS, MENTOR_STATUS_LABELS } from '../../labels';
import { CommuneField } from '../mentoring/CommuneField';
import { CharterVersion, MyMentorships, RegisterAsMentor } from '../../operations/spaces';
import { formErrors, type FormErrors } from '../mentoring/field-errors';
import { Field } from '../mentoring/Field';
import { CharterConsent } from './CharterConsent';
import { MentorshipPanel } from './MentorshipPanel';
import { SignInFirst } from './SignInFirst';
import { SpacesNav } from './SpacesNav';

export const MENTOR_SPACE_PATH = '/mentorat/espace-mentore';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function OfferForm() {
  const charter = useQuery(CharterVersion);
  const [register, { loading }] = useMutation(RegisterAsMentor, { refetchQueries: [MyMentorships], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setErrors({ fields: {}, general: [] });
    try {
      await register({
        variables: {
          input: {
            displayName: text('displayName'),
            headline: text('headline') || null,
            expertise: list(text('expertise')),
            languages: list(text('languages')),
            commune: text('commune'),
            formats: (['IN_PERSON', 'REMOTE'] as const).filter((f) => form.get(`format-${f}`)),
            capacity: Number(text('capacity')),
            email: text('email') || null,
            published: true,
            charterVersion: form.get('charter') ? (charter.data?.consentTextVersion ?? null) : null,
          },
        },
      });
    } catch (error) {
      setErrors(formErrors(error));
    }
  };
  return (
    <form className="application" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="offer-title">
      <h2 id="offer-title">Proposer de devenir mentore</h2>
      {errors.general.length > 0 && (
        <div role="alert" className="error">
          {errors.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <Field name="displayName" label="Nom affiché" error={errors.fields.displayName}>
        {(props) => <input {...props} autoComplete="name" />}
      </Field>
      <Field name="headline" label="Votre métier ou votre parcours en une ligne" error={errors.fields.headline}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="expertise" label="Domaines où vous pouvez aider (séparés par des virgules)" error={errors.fields.expertise}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="languages" label="Langues parlées (séparées par des virgules)" error={errors.fields.languages}>
        {(props) => <input {...props} defaultValue="français" />}
      </Field>
      <CommuneField label="Commune" error={errors.fields.commune} />
      <fieldset>
        <legend>Formats proposés</legend>
        {Object.entries(FORMAT_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="checkbox" name={`format-${value}`} defaultChecked />
            {label}
          </label>
        ))}
      </fieldset>
      <Field name="capacity" label="Nombre de mentorées que vous pouvez suivre" error={errors.fields.capacity}>
        {(props) => <input {...props} inputMode="numeric" defaultValue="2" />}
      </Field>
      <Field name="email" label="Adresse électronique pour les nouvelles du programme" error={errors.fields.email}>
        {(props) => <input {...props} type="email" autoComplete="email" />}
      </Field>
      <CharterConsent error={errors.fields.charterVersion} />
      <button type="submit" disabled={loading}>
        Envoyer ma proposition
      </button>
    </form>
  );
}

export function MentorSpacePage() {
  const token = useToken();
  const { data, loading, error } = useQuery(MyMentorships, token ? { fetchPolicy: 'cache-and-network' } : skipToken);
  if (!token) return <SignInFirst title="Mon espace mentore" path={MENTOR_SPACE_PATH} />;
  const mentor = data?.me?.mentor;
  const mentorships = (data?.me?.mentorships.edges ?? []).map((e) => e.node).filter((m) => m.mentor.id === mentor?.id);
  return (
    <>
      <h1>Mon espace mentore</h1>
      <SpacesNav />
      <QueryState loading={loading && !data} error={error} />
      {data && !mentor && <OfferForm />}
      {mentor && (
        <section className="result valid" aria-labelledby="profile-title" data-testid="my-profile">
          <h2 id="profile-title">Mon profil</h2>
          <p data-testid="profile-status">
            {mentor.displayName} · {MENTOR_STATUS_LABELS[mentor.status] ?? mentor.status} · {mentor.commune.name}
          </p>
          <p>
            Domaines : {mentor.expertise.join(', ')} · places restantes : {mentor.remainingCapacity} sur {mentor.capacity}
          </p>
        </section>
      )}
      {mentor && mentorships.length === 0 && <p>Aucune proposition de mentorée pour l’instant : vous serez prévenue par courriel.</p>}
      {mentorships.map((m) => (
        <MentorshipPanel key={m.id} mentorship={m} side="MENTOR" />
      ))}
    </>
  );
}
