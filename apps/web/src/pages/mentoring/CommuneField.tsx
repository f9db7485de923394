// The commune a person lives or mentors in, picked among the department's 36 (the application
// form and the offer to mentor both ask it).
import { CommuneOptions } from '../../components/CommuneOptions';
import { Field } from './Field';

export function CommuneField({ label, error }: { label: string; error?: string }) {
  return (
    <Field name="commune" label={label} error={error}>
      {(props) => (
        <select {...props} defaultValue="">
          <option value="" disabled>
            Choisir
          </option>
          <CommuneOptions />
        </select>
      )}
    </Field>
  );
}
