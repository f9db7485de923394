// The commune a person lives or mentors in, picked among the department's 36 (the application
// form and the offer to mentor both ask it).
import { useQuery } from '@apollo/client/react';
import { CommuneList } from '../../operations/communes';
import { Field } from './Field';

export function CommuneField({ label, error }: { label: string; error?: string }) {
  const communes = useQuery(CommuneList);
  return (
    <Field name="commune" label={label} error={error}>
      {(props) => (
        <select {...props} defaultValue="">
          <option value="" disabled>
            Choisir
          </option>
          {(communes.data?.communes ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
