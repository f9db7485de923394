// Figures a service keeps between requests, dropped as soon as PostgreSQL says their tables
// changed: triggers NOTIFY on every write, whoever writes (a mutation, a CLI import, a seed, an
// erasure, another replica), and the service LISTENs on its own pool's connections.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';

interface Notification {
  channel: string;
}
interface PgClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: Notification) => void): unknown;
  on(event: 'end' | 'error', listener: () => void): unknown;
}
interface PgPool {
  connect(): Promise<PgClient & { release(): void }>;
  on(event: 'connect' | 'remove', listener: (client: PgClient) => void): unknown;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Counts the changes heard on one channel. `generation` moves on every notification and
 * whenever hearing may have lapsed (a listening connection closed, a new one started): kept
 * figures are good only for the generation they were read in, and only while `live`.
 */
export class ChangeFeed {
  generation = 0;
  private readonly listening = new Set<PgClient>();
  private starting: Promise<void> | undefined;

  constructor(
    private readonly pool: PgPool | undefined,
    private readonly channel: string,
  ) {
    if (!CHANNEL.test(channel)) throw new Error(`invalid notification channel: ${channel}`);
    // Every new connection of the pool listens too, so hearing survives any one of them closing.
    pool?.on('connect', (client) => void this.listenOn(client).catch(() => this.drop(client)));
    pool?.on('remove', (client) => this.drop(client));
  }

  /** Whether changes are heard right now (if not, a listening connection is being opened). */
  get live(): boolean {
    if (this.listening.size === 0) this.start();
    return this.listening.size > 0;
  }

  private start(): void {
    if (!this.pool || this.starting) return;
    this.starting = this.pool
      .connect()
      .then(async (client) => {
        try {
          await this.listenOn(client);
        } finally {
          client.release();
        }
      })
      .catch(() => undefined)
      .finally(() => (this.starting = undefined));
  }

  private async listenOn(client: PgClient): Promise<void> {
    if (this.listening.has(client)) return;
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.generation++;
    });
    client.on('end', () => this.drop(client));
    client.on('error', () => this.drop(client));
    await client.query(`LISTEN ${this.channel}`);
    this.listening.add(client);
    // Whatever changed before this connection listened was not heard.
    this.generation++;
  }

  private drop(client: PgClient): void {
    if (this.listening.delete(client)) this.generation++;
  }

  /** A write went through this process: no need to wait for its notification. */
  written(): void {
    this.generation++;
  }
}

const feeds = new WeakMap<DataSource, Map<string, ChangeFeed>>();
const keeping = new WeakSet<DataSource>();

/** Lets this data source's feeds go live (the subgraph's KEEP_FIGURES); others never keep anything. */
export function keepFiguresOf(db: DataSource): void {
  keeping.add(db);
}

/** The feed of `channel` on this data source's pool (one per data source and channel). */
export function changeFeed(db: DataSource, channel: string): ChangeFeed {
  let byChannel = feeds.get(db);
  if (!byChannel) feeds.set(db, (byChannel = new Map()));
  let feed = byChannel.get(channel);
  if (!feed) {
    // TypeORM's PostgreSQL driver keeps its pg Pool as `master` (no replication configured).
    const pool = keeping.has(db) ? (db.driver as unknown as { master?: PgPool }).master : undefined;
    byChannel.set(channel, (feed = new ChangeFeed(pool, channel)));
  }
  return feed;
}

/**
 * Mutations of this process drop what its feeds keep when they start and when they end, without
 * waiting for PostgreSQL's notification (which other processes, CLI imports included, rely on:
 * it arrives within milliseconds of the commit).
 */
export function writesDropKeptPlugin<C extends object>(db: DataSource): ApolloServerPlugin<C> {
  const drop = () => feeds.get(db)?.forEach((feed) => feed.written());
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation') drop();
        },
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') drop();
        },
      };
    },
  };
}

/**
 * Values by key (a commune's figures, say) kept while no change is heard. A read that raced a
 * change is returned to its request but not kept; nothing is kept while the feed is not live.
 */
export class KeptByKey<V> {
  private readonly entries = new Map<string, V>();
  private generation = -1;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly maxEntries = 10_000,
  ) {}

  async load(keys: readonly string[], read: (missing: string[]) => Promise<V[]>): Promise<V[]> {
    if (!this.feed.live) return read([...keys]);
    const generation = this.feed.generation;
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const known = new Map<string, V>();
    for (const key of keys) {
      const value = this.entries.get(key);
      if (value !== undefined) known.set(key, value);
    }
    const missing = [...new Set(keys.filter((key) => !known.has(key)))];
    if (missing.length > 0) {
      const values = await read(missing);
      const unchanged = this.feed.live && this.feed.generation === generation && this.generation === generation;
      missing.forEach((key, i) => {
        known.set(key, values[i]);
        if (unchanged && this.entries.size < this.maxEntries) this.entries.set(key, values[i]);
      });
    }
    return keys.map((key) => known.get(key) as V);
  }
}

/** The trigger SQL of a migration: every write to `tables` notifies `channel` (once per statement). */
export function notifyOnWriteSql(channel: string, tables: string[]): { up: string[]; down: string[] } {
  if (!CHANNEL.test(channel) || !tables.every((t) => CHANNEL.test(t))) throw new Error('invalid channel or table name');
  const fn = `notify_${channel}`;
  return {
    up: [
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('${channel}', ''); RETURN NULL; END $$`,
      ...tables.map(
        (t) =>
          `CREATE TRIGGER ${t}_${channel} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      ),
    ],
    down: [...tables.map((t) => `DROP TRIGGER ${t}_${channel} ON ${t}`), `DROP FUNCTION ${fn}()`],
  };
}
