// The public check of a training certificate: a code gives the course, holder and date, or nothing.
import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { QueryState } from '../components/QueryState';
import { formatDate } from '../labels';
import { VerifyCertificate } from '../operations/certificate';

export function CertificatePage() {
  const [text, setText] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const { data, loading, error } = useQuery(VerifyCertificate, code ? { variables: { code }, fetchPolicy: 'network-only' } : skipToken);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCode(text.trim() || null);
  };
  const result = code && data ? data.verifyCertificate : undefined;
  return (
    <>
      <h1>Vérifier une attestation de formation</h1>
      <p className="lead">Saisissez le code de vérification imprimé sur l’attestation.</p>
      <form className="search" onSubmit={submit}>
        <label htmlFor="certificate-code">Code de vérification</label>
        <div className="search-row">
          <input id="certificate-code" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
          <button type="submit">Vérifier</button>
        </div>
      </form>
      <div aria-live="polite">
        <QueryState loading={loading} error={error} />
        {result && (
          <div className="result valid" data-testid="certificate-result">
            <h2>Attestation valide</h2>
            <p>
              {result.holderName} a suivi la formation « {result.courseTitle} », terminée le {formatDate(result.completedOn)}.
            </p>
          </div>
        )}
        {result === null && (
          <div className="result invalid" data-testid="certificate-result">
            <h2>Aucune attestation ne correspond à ce code</h2>
            <p>Vérifiez la saisie : un code modifié ou révoqué n’est pas reconnu.</p>
          </div>
        )}
      </div>
    </>
  );
}
