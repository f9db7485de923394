// What the mentoring programme grants, made to hold across the graph (issue 16, item 1): the
// gateway asks mentoring which roles its records give a signed-in caller and adds them to the
// identity it signs into every subgraph's internal token, so training's `enrol` (scope
// training:enrol) admits an approved mentor whom the identity provider gave no role.
import type { KeyObject } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { signInternalToken, scopesOf, SCOPES, type Identity, type Role } from '@equality-graph/auth';
import type { Logger } from '@equality-graph/service-kit';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import type { GatewayContext } from './context';
import { replicaBroadcast, type ReplicaBroadcast } from './replica-broadcast';

/** The subgraph whose records say who is in the programme. */
export const PROGRAMME_SUBGRAPH = 'mentoring';

/**
 * The only roles the programme can give; whatever mentoring answers, nothing else is added
 * (an approved mentor gets MENTOR's scopes, an accepted mentee MENTEE's, never a coordinator's).
 */
export const GRANTABLE_ROLES: readonly Role[] = ['MENTOR', 'MENTEE'];
const GRANTABLE_SCOPES = scopesOf(GRANTABLE_ROLES);

/**
 * Mentoring mutations after which an account's programme roles may differ: profile approval
 * and suspension, application acceptance and withdrawal, a mentorship's end (the mentee leaves
 * "matched"), erasure. A coordinator's mutation names a record, not an account, so the whole
 * cache is dropped: these are rare, and the next request of each account asks again.
 */
export const ROLE_CHANGING_MUTATIONS: ReadonlySet<string> = new Set([
  'approveMentor',
  'suspendMentor',
  'acceptMentee',
  'withdrawMentee',
  'endMatch',
  'completeMatch',
  'deleteMyData',
]);

const QUERY = JSON.stringify({ query: 'query ProgrammeRoles { _programmeRoles }' });
/** Kept when mentoring could not answer: long enough not to wait on it on every request, short enough to recover soon. */
const FAILURE_TTL_MS = 5_000;

interface Entry {
  roles: Promise<Role[]>;
  expiresAt: number;
}

export interface ProgrammeRolesOptions {
  ttlSeconds: number;
  timeoutMs: number;
  /** Accounts kept at most (the oldest entry goes first). */
  maxEntries?: number;
  signingKey: KeyObject;
  logger: Logger;
  registry: Registry;
  /** With Redis, a role-changing mutation on one replica drops the cache of every replica. */
  redis?: Redis;
  redisErrors: Counter<'operation'>;
}

/**
 * Who pays: only a signed-in caller who lacks one of the scopes the programme could grant and
 * is not a coordinator (coordinators' rights stay those of their token). Anonymous traffic,
 * coordinators and admins never cause a call to mentoring. An account's answer is kept for
 * PROGRAMME_ROLES_TTL_SECONDS and shared by its concurrent requests; mutations that change
 * roles drop it at once on this replica and, with REDIS_URL, on every other (pub/sub); a replica
 * that misses the message sees the change within the TTL.
 * If mentoring cannot answer in PROGRAMME_ROLES_TIMEOUT_MS, the request goes on with the token's
 * roles only (fail closed: no grant), and that outcome is kept for at most 5 s.
 */
export class ProgrammeRoles {
  private readonly entries = new Map<string, Entry>();
  private url: string | undefined;
  private readonly lookups: Counter<'outcome'>;
  private readonly changes: ReplicaBroadcast;

  constructor(private readonly options: ProgrammeRolesOptions) {
    this.changes = replicaBroadcast('programme-roles-changed', () => this.invalidate(), {
      redis: options.redis,
      logger: options.logger,
      redisErrors: options.redisErrors,
      whenMissed: "other replicas' role changes are seen only after PROGRAMME_ROLES_TTL_SECONDS",
    });
    this.lookups = new Counter({
      name: 'gateway_programme_roles_lookups_total',
      help: "Signed-in requests whose programme roles were looked up: 'cached', 'asked' (mentoring called) or 'failed'",
      labelNames: ['outcome'] as const,
      registers: [options.registry],
    });
  }

  /** Mentoring's URL, as the gateway resolved it for its data source (SUBGRAPH_URLS or the supergraph). */
  subgraphUrl(name: string, url: string): void {
    if (name === PROGRAMME_SUBGRAPH) this.url = url;
  }

  /** The identity with the roles the programme gives her added (itself when there is nothing to ask). */
  async extend(identity: Identity, requestId: string): Promise<Identity> {
    if (!this.mayGrant(identity) || !this.url) return identity;
    const sub = identity.sub as string;
    const granted = await this.rolesOf(sub, identity, requestId);
    const missing = granted.filter((role) => !identity.roles.includes(role));
    if (missing.length === 0) return identity;
    const roles = [...identity.roles, ...missing];
    return { ...identity, roles, scopes: scopesOf(roles) };
  }

  private mayGrant(identity: Identity): boolean {
    if (!identity.sub || identity.scopes.includes(SCOPES.coordinate)) return false;
    return GRANTABLE_SCOPES.some((scope) => !identity.scopes.includes(scope));
  }

  /** Drops every account's roles on this replica (after a role-changing mutation here or on another). */
  invalidate(): void {
    this.entries.clear();
  }

  close(): void {
    this.changes.close();
  }

  private rolesOf(sub: string, identity: Identity, requestId: string): Promise<Role[]> {
    const now = Date.now();
    const kept = this.entries.get(sub);
    if (kept && kept.expiresAt > now) {
      this.lookups.inc({ outcome: 'cached' });
      return kept.roles;
    }
    this.lookups.inc({ outcome: 'asked' });
    const entry: Entry = { roles: Promise.resolve([]), expiresAt: now + this.options.ttlSeconds * 1000 };
    entry.roles = this.ask(identity, requestId).catch((error: unknown) => {
      this.lookups.inc({ outcome: 'failed' });
      this.options.logger.warn(
        { err: error, subgraph: PROGRAMME_SUBGRAPH },
        'programme roles unavailable: the request goes on with its token roles',
      );
      entry.expiresAt = Math.min(entry.expiresAt, Date.now() + FAILURE_TTL_MS);
      return [];
    });
    if (this.options.ttlSeconds > 0) {
      this.entries.delete(sub);
      this.entries.set(sub, entry);
      if (this.entries.size > (this.options.maxEntries ?? 10_000)) this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry.roles;
  }

  /** One call to mentoring with a token the gateway signs for it, as the caller herself: she can only learn her own roles. */
  private async ask(identity: Identity, requestId: string): Promise<Role[]> {
    const token = await signInternalToken(identity, this.options.signingKey, {
      subgraph: PROGRAMME_SUBGRAPH,
      requestId,
      expiresAt: Date.now() + this.options.timeoutMs,
    });
    const response = await fetch(this.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: QUERY,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const body = (await response.json()) as { data?: { _programmeRoles?: unknown }; errors?: unknown[] };
    const roles = body.data?._programmeRoles;
    if (!response.ok || !Array.isArray(roles)) throw new Error(`mentoring answered ${response.status} without _programmeRoles`);
    return GRANTABLE_ROLES.filter((role) => roles.includes(role));
  }

  /** Drops the cache once a role-changing mutation has run (whatever its outcome: dropping is always safe). */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ operation }) => {
          if (operation?.operation === 'mutation' && changesRoles(operation)) this.changes.announce();
        },
      }),
    };
  }
}

/** A root field in the list, or a selection this check cannot see through (a fragment): assume it does. */
function changesRoles(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || ROLE_CHANGING_MUTATIONS.has(s.name.value));
}
