// The example operations of schema/operations, grouped by the question they answer.
import library from 'virtual:operation-library';

export type LibraryOperation = (typeof library)[number];

interface Props {
  onPick(operation: LibraryOperation): void;
  selected: string | null;
}

function groups(): Array<[string, LibraryOperation[]]> {
  const byGroup = new Map<string, LibraryOperation[]>();
  for (const operation of library) byGroup.set(operation.group, [...(byGroup.get(operation.group) ?? []), operation]);
  return [...byGroup];
}

export function LibraryPanel({ onPick, selected }: Props) {
  return (
    <nav className="library" aria-label="Operation library">
      <h2>Library</h2>
      {groups().map(([group, operations]) => (
        <section key={group}>
          <h3>{group}</h3>
          <ul>
            {operations.map((operation) => (
              <li key={operation.name}>
                <button type="button" aria-pressed={selected === operation.name} onClick={() => onPick(operation)}>
                  {operation.name}
                </button>
                {operation.description && <p>{operation.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
