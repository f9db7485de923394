// GraphiQL keeps tabs and headers in localStorage by default; the console keeps nothing across a
// reload (a token typed in the headers editor must not stay on a shared machine).
import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';

type GraphiQLStorage = NonNullable<ComponentProps<typeof GraphiQL>['storage']>;

export function memoryStorage(): GraphiQLStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  } as GraphiQLStorage;
}
