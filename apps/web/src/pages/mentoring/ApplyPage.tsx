// A young woman applies to the programme (signed in), and then sees her application.
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useToken } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { FORMAT_LABELS, MENTEE_STATUS_LABELS, formatDate } from '../../labels';
import { ApplyAsMentee, MyApplication } from '../../operations/mentoring';
import { CharterVersion } from '../../operations/spaces';
import { Link } from '../../router';
import { CharterConsent } from '../spaces/CharterConsent';
import { CommuneField } from './CommuneField';
import { formErrors, type FormErrors } from './field-errors';
import { Field, FieldError } from './Field';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function ApplicationForm() {
  const charter = useQuery(CharterVersion);
  const [apply, { loading }] = useMutation(ApplyAsMentee, { refetchQueries: [MyApplication], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [formats, setFormats] = useState<string[]>(['IN_PERSON']);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setErrors({ fields: {}, general: [] });
    try {
      await apply({
        variables: {
          input: {
            firstName: text('firstName'),
            birthYear: Number(text('birthYear')),
            commune: text('commune'),
            situation: text('situation'),
            projectSummary: text('projectSummary'),
            interests: list(text('interests')),
            formats: formats.filter((f): f is 'IN_PERSON' | 'REMOTE' => f === 'IN_PERSON' || f === 'REMOTE'),
            availability: text('availability'),
            languages: list(text('languages')),
            email: text('email') || null,
            charterVersion: form.get('charter') ? (charter.data?.consentTextVersion ?? null) : null,
          },
        },
      });
    } catch (error) {
      setErrors(formErrors(error));
    }
  };

  return (
    <form className="application" onSubmit={(e) => void submit(e)} noValidate>
      {errors.general.length > 0 && (
        <div role="alert" className="error">
          {errors.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <Field name="firstName" label="Prénom" error={errors.fields.firstName}>
        {(props) => <input {...props} autoComplete="given-name" />}
      </Field>
      <Field name="birthYear" label="Année de naissance" error={errors.fields.birthYear}>
        {(props) => <input {...props} inputMode="numeric" autoComplete="bday-year" />}
      </Field>
      <CommuneField label="Commune où vous habitez" error={errors.fields.commune} />
      <Field name="situation" label="Votre situation (études, emploi, recherche…)" error={errors.fields.situation}>
        {(props) => <textarea {...props} rows={2} />}
      </Field>
      <Field name="projectSummary" label="Votre projet" error={errors.fields.projectSummary}>
        {(props) => <textarea {...props} rows={4} />}
      </Field>
      <Field name="interests" label="Centres d’intérêt (séparés par des virgules)" error={errors.fields.interests}>
        {(props) => <input {...props} />}
      </Field>
      <fieldset aria-describedby={errors.fields.formats ? 'formats-error' : undefined}>
        <legend>Format souhaité</legend>
        {Object.entries(FORMAT_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="checkbox"
              checked={formats.includes(value)}
              onChange={(e) => setFormats(e.target.checked ? [...formats, value] : formats.filter((f) => f !== value))}
            />
            {label}
          </label>
        ))}
        {errors.fields.formats && <FieldError id="formats-error" problem={errors.fields.formats} />}
      </fieldset>
      <Field name="availability" label="Vos disponibilités" error={errors.fields.availability}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="languages" label="Langues parlées (facultatif, séparées par des virgules)" error={errors.fields.languages}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="email" label="Adresse électronique pour les nouvelles du programme (facultatif)" error={errors.fields.email}>
        {(props) => <input {...props} type="email" autoComplete="email" />}
      </Field>
      <CharterConsent error={errors.fields.charterVersion} />
      <button type="submit" disabled={loading}>
        Envoyer ma candidature
      </button>
    </form>
  );
}

export function ApplyPage() {
  const token = useToken();
  const { data, loading, error } = useQuery(MyApplication, token ? {} : skipToken);
  if (!token) {
    return (
      <>
        <h1>Devenir mentorée</h1>
        <p>
          Pour candidater, <Link to="/connexion?retour=/mentorat/candidature">connectez-vous</Link>.
        </p>
      </>
    );
  }
  const mentee = data?.me?.mentee;
  return (
    <>
      <h1>Devenir mentorée</h1>
      <QueryState loading={loading && !data} error={error} />
      {mentee && (
        <section className="result valid" aria-labelledby="application-title" data-testid="my-application">
          <h2 id="application-title">Ma candidature</h2>
          <p>
            {mentee.firstName}, {MENTEE_STATUS_LABELS[mentee.status] ?? mentee.status} le {formatDate(mentee.appliedAt)}.
          </p>
          <p>Commune : {mentee.commune.name}</p>
          <p>Projet : {mentee.projectSummary}</p>
          <p>Centres d’intérêt : {mentee.interests.join(', ')}</p>
        </section>
      )}
      {data && !mentee && <ApplicationForm />}
    </>
  );
}
