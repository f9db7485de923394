// The charter's checkbox of a form that records the charter consent (offer to mentor, application),
// with the API's refusal beside it.
import { FieldError } from '../mentoring/Field';

export function CharterConsent({ error }: { error?: string }) {
  return (
    <div className={error ? 'field has-error' : 'field'} data-field="charterVersion">
      <label className="checkbox">
        <input
          type="checkbox"
          name="charter"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'charter-error' : undefined}
        />
        J’ai lu et j’accepte la charte du programme
      </label>
      {error && <FieldError id="charter-error" problem={error} />}
    </div>
  );
}
