// The sign-in's surroundings in Node: the real fetch and Web Crypto, a Map for the tab's
// sessionStorage, and a record of where the browser would have been sent.
import type { AuthEnvironment, KeyValueStorage } from '../src/auth';

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

export function nodeEnvironment() {
  const storage = new MemoryStorage();
  const visited: string[] = [];
  const environment: AuthEnvironment = {
    fetch: globalThis.fetch,
    crypto: globalThis.crypto,
    pendingSignIn: storage,
    navigate: (url) => void visited.push(url),
  };
  return { environment, storage, visited };
}
