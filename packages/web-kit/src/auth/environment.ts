// What sign-in needs from its surroundings, injected so that the same code runs in a browser
// and in Node tests (and so that no DOM type is needed to compile it).

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AuthEnvironment {
  fetch: typeof fetch;
  crypto: {
    getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
    subtle: { digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> };
  };
  /**
   * Holds the PKCE verifier and state across the provider's redirect, and nothing else: the
   * browser default is sessionStorage (this tab only, gone when it closes). Tokens never go here.
   */
  pendingSignIn: KeyValueStorage;
  /** Leaves for the provider (a full-page navigation in a browser). */
  navigate(url: string): void;
}

interface BrowserGlobals {
  sessionStorage: KeyValueStorage;
  location: { assign(url: string): void };
}

/** The browser's own fetch, crypto, sessionStorage and location. */
export function browserEnvironment(): AuthEnvironment {
  const browser = globalThis as unknown as BrowserGlobals;
  return {
    // Bound: a detached `fetch` throws "Illegal invocation" in browsers.
    fetch: globalThis.fetch.bind(globalThis),
    crypto: globalThis.crypto,
    pendingSignIn: browser.sessionStorage,
    navigate: (url) => browser.location.assign(url),
  };
}
