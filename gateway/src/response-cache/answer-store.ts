// The gateway's store of public answers: bounded (entries, age), dropped whole on any write, and
// refusing an answer computed across a drop (it may hold data from before the write).
import type { Counter } from 'prom-client';

/** An answer's `data`, shared by every hit: never modified once stored. */
export type AnswerData = Record<string, unknown>;

interface Entry {
  body: AnswerData;
  expiresAt: number;
}

/** hit: from the store; shared: from an identical request in flight; miss: computed. */
export type CacheResult = 'hit' | 'shared' | 'miss' | 'stored' | 'uncacheable';

/** How long an identical request waits for the one in flight before computing its own answer. */
const LEADER_PATIENCE_MS = 20_000;

export interface AnswerStoreOptions {
  /** Longest staleness of an answer (ms); writes through the gateway drop answers at once. */
  ttlMs: number;
  maxEntries: number;
  /** gateway_response_cache_total{result}. */
  counter?: Counter<'result'>;
  now?: () => number;
}

/**
 * Answers that are the same for every caller (anonymous, public, not audited: the plugin decides),
 * by operation and variables. Least recently used entries go first once `maxEntries` is reached.
 * `generation` counts drops: an answer is stored only if no drop happened since its request
 * began, so a read racing a write never refills the store with what the write changed.
 */
export class AnswerStore {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<AnswerData | undefined>>();
  private currentGeneration = 0;
  private readonly now: () => number;

  constructor(private readonly options: AnswerStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get generation(): number {
    return this.currentGeneration;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string): AnswerData | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.body;
    }
    if (entry) this.entries.delete(key);
    return undefined;
  }

  /**
   * The answer of an identical request already being computed (undefined once it turns out not
   * shareable), or undefined at once when there is none: then this request leads, and must call
   * `settle` with what it stored (or nothing), whatever happens.
   */
  follow(key: string): { pending?: Promise<AnswerData | undefined>; settle(data: AnswerData | undefined): void } {
    const pending = this.inFlight.get(key);
    if (pending) return { pending, settle: () => {} };
    let settle: (data: AnswerData | undefined) => void = () => {};
    const led = new Promise<AnswerData | undefined>((resolve) => {
      const giveUp = setTimeout(() => resolve(undefined), LEADER_PATIENCE_MS);
      giveUp.unref();
      settle = (data) => {
        clearTimeout(giveUp);
        if (this.inFlight.get(key) === led) this.inFlight.delete(key);
        resolve(data);
      };
    });
    this.inFlight.set(key, led);
    return { settle };
  }

  store(key: string, body: AnswerData, maxAgeSeconds: number, generationAtStart: number): boolean {
    const ttlMs = Math.min(this.options.ttlMs, maxAgeSeconds * 1000);
    if (ttlMs <= 0 || generationAtStart !== this.currentGeneration) return false;
    this.entries.delete(key);
    this.entries.set(key, { body, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.count('stored');
    return true;
  }

  /** Drops every answer (a write went through this gateway or another replica). */
  invalidate(): void {
    this.currentGeneration++;
    this.entries.clear();
  }

  count(result: CacheResult): void {
    this.options.counter?.inc({ result });
  }
}
