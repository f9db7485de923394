// The department's 36 communes as the options of a <select> (forms and list filters alike); the
// list is one cached query, whichever page asks first.
import { useQuery } from '@apollo/client/react';
import { CommuneList } from '../operations/communes';

export function CommuneOptions() {
  const communes = useQuery(CommuneList);
  return (
    <>
      {(communes.data?.communes ?? []).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
