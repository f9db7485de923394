// The national emergency numbers at the top of every page of the help section, from the graph.
import { useQuery } from '@apollo/client/react';
import { EmergencyNumbers as EmergencyNumbersQuery } from '../operations/help';

const href = (number: string, channel: string) => (channel === 'SMS' ? `sms:${number}` : `tel:${number}`);

export function EmergencyNumbers() {
  const { data } = useQuery(EmergencyNumbersQuery, { fetchPolicy: 'cache-first' });
  return (
    <aside className="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">En cas de danger, appelez</h2>
      <ul>
        {(data?.emergencyNumbers ?? []).map((n) => (
          <li key={n.number}>
            <a href={href(n.number, n.channel)} className="emergency-number">
              {n.number}
            </a>{' '}
            <span>
              {n.label}
              {n.channel === 'SMS' && !/sms/i.test(n.label) ? ' (par SMS)' : ''}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
