// Which supergraph this gateway serves (hash, load time) and what it refused, for /health/ready
// and /metrics: after a publish, anyone can see whether each replica took the new supergraph.
import { createHash } from 'node:crypto';
import { Counter, Gauge, type Registry } from 'prom-client';

/** sha256 of the supergraph text: `schema:publish` prints the same value for what it wrote. */
export const supergraphHash = (sdl: string) => createHash('sha256').update(sdl).digest('hex');

export interface SupergraphState {
  hash: string;
  /** When this gateway started serving it (ISO 8601). */
  loadedAt: string;
  /** Supergraphs refused since start (did not build, plan or validate). */
  refused: number;
  lastRefusedHash?: string;
}

export class SupergraphStatus {
  private state: SupergraphState | undefined;
  private refusedCount = 0;
  private lastRefusedHash: string | undefined;
  private readonly info: Gauge<'hash'>;
  private readonly loadedAt: Gauge;
  private readonly updates: Counter;
  private readonly refusals: Counter;

  constructor(registry: Registry) {
    this.info = new Gauge({
      name: 'gateway_supergraph_info',
      help: 'The supergraph being served (1, labelled with its sha256)',
      labelNames: ['hash'] as const,
      registers: [registry],
    });
    this.loadedAt = new Gauge({
      name: 'gateway_supergraph_loaded_timestamp_seconds',
      help: 'When the supergraph being served was loaded (Unix time)',
      registers: [registry],
    });
    this.updates = new Counter({
      name: 'gateway_supergraph_loads_total',
      help: 'Supergraphs loaded (the first one included)',
      registers: [registry],
    });
    this.refusals = new Counter({
      name: 'gateway_supergraph_refused_total',
      help: 'New supergraphs refused (they did not build, plan or validate); the previous one kept serving',
      registers: [registry],
    });
  }

  /** Called by the gateway each time it has swapped a supergraph in. */
  loaded(sdl: string, at = new Date()): void {
    const hash = supergraphHash(sdl);
    if (this.state?.hash === hash) return;
    this.info.reset();
    this.info.set({ hash }, 1);
    this.loadedAt.set(at.getTime() / 1000);
    this.updates.inc();
    this.state = { hash, loadedAt: at.toISOString(), refused: this.refusedCount };
  }

  refused(hash: string): void {
    this.refusedCount += 1;
    this.lastRefusedHash = hash;
    this.refusals.inc();
  }

  /** Undefined until the first supergraph is loaded (the gateway is not ready then). */
  current(): SupergraphState | undefined {
    if (!this.state) return undefined;
    return { ...this.state, refused: this.refusedCount, ...(this.lastRefusedHash ? { lastRefusedHash: this.lastRefusedHash } : {}) };
  }
}
