// Automatic persisted queries and the mobile allow-list (schema/operations), one module since
// both answer "which operation does this id name".
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
  /** The file's document as graphql-js prints it (comments and layout normalised). */
  body: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every *.graphql file of `dir` is one allow-listed document. */
export function loadPersistedOperations(dir: string): PersistedOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = parse(readFileSync(path.join(dir, file), 'utf8'));
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const body = print(document);
      return {
        id: sha256(body),
        name: operation?.name?.value ?? path.basename(file, '.graphql'),
        type: operation?.operation ?? 'query',
        body,
      };
    });
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
