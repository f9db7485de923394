// Automatic persisted queries and the allow-list (schema/operations for the mobile clients, the
// web client's persisted-documents manifest), one module since all answer "which operation does
// this id name".
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { GraphQLError, Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from './context';

export interface PersistedOperation {
  /** sha256 (hex) of `body`: what a client sends as extensions.persistedQuery.sha256Hash. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  /** A file's document as graphql-js prints it (comments and layout normalised), or a manifest's verbatim. */
  body: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function operationOf(body: string, fallbackName: string): Pick<PersistedOperation, 'name' | 'type'> {
  const operation = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return { name: operation?.name?.value ?? fallbackName, type: operation?.operation ?? 'query' };
}

/** Every *.graphql file of `dir` is one allow-listed document. */
export function loadPersistedOperations(dir: string): PersistedOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const body = print(parse(readFileSync(path.join(dir, file), 'utf8')));
      return { id: sha256(body), ...operationOf(body, path.basename(file, '.graphql')), body };
    });
}

/** The id a manifest gives a document: `sha256:<hex>` or bare hex, sha256 (64) or sha1 (40 digits). */
function manifestIdMatches(id: string, text: string): boolean {
  const hex = id.replace(/^sha256:/, '');
  if (/^[0-9a-f]{64}$/.test(hex)) return hex === sha256(text);
  if (!id.startsWith('sha256:') && /^[0-9a-f]{40}$/.test(hex)) return hex === createHash('sha1').update(text).digest('hex');
  return false;
}

/**
 * A graphql-codegen client preset manifest (`persistedDocuments`): `{ "<id>": "<document>" }`,
 * each document exactly as the client sends it. Kept verbatim, not reprinted: the allow-list
 * compares the hash of the text received. An id that is not the hash of its text means the
 * manifest and the client disagree, so the gateway refuses to start rather than refuse the client.
 */
export function loadPersistedDocuments(file: string): PersistedOperation[] {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`${file} is not a persisted-documents manifest ({ "<id>": "<document>" })`);
  }
  return Object.entries(manifest as Record<string, unknown>).map(([id, text]) => {
    if (typeof text !== 'string' || !manifestIdMatches(id, text)) {
      throw new Error(`${file}: the id ${id} is not the sha256 or sha1 of its document`);
    }
    return { id: sha256(text), ...operationOf(text, id), body: text };
  });
}

/** The allow-list: the operations of `dir` and of each persisted-documents manifest. */
export function loadAllowList(dir: string, manifests: string[]): PersistedOperation[] {
  return [...loadPersistedOperations(dir), ...manifests.flatMap((file) => loadPersistedDocuments(file))];
}

/** Apollo's persisted query manifest format, which Apollo Client's persisted-queries link reads. */
export function persistedQueryManifest(operations: PersistedOperation[]) {
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/**
 * The APQ cache with the allow-list in front: a client may send only the id of an
 * allow-listed operation and the gateway knows its text, even on a fresh replica.
 */
export class AllowListedCache implements KeyValueCache<string> {
  private readonly byId: Map<string, string>;

  constructor(
    private readonly inner: KeyValueCache<string>,
    operations: PersistedOperation[],
  ) {
    this.byId = new Map(operations.map((o) => [o.id, o.body]));
  }

  async get(key: string): Promise<string | undefined> {
    return this.byId.get(key.slice(key.lastIndexOf(':') + 1)) ?? this.inner.get(key);
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}

/**
 * In allow-list mode the operation's text, however it arrived (id only, or text and id),
 * must be one of the allow-listed documents; anything else is PERSISTED_QUERY_NOT_ALLOWED
 * before planning.
 */
export function allowListPlugin(operations: PersistedOperation[]): ApolloServerPlugin<GatewayContext> {
  const allowed = new Set(operations.map((o) => o.id));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          if (!contextValue.allowListOnly || allowed.has(sha256(source))) return;
          throw new GraphQLError('Only the persisted operations of the allow-list are accepted here', {
            extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
