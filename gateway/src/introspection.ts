// Per-caller introspection (schema:introspect in production), an Apollo plugin of its own
// because Apollo's switch is global.
import type { ApolloServerPlugin } from '@apollo/server';
import { hasScope } from '@equality-graph/auth';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from './context';

export const INTROSPECTION_SCOPE = 'schema:introspect' as const;

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Apollo's `introspection` switch is global; here it is per caller: in production only
 * holders of schema:introspect (analysts' query tools, admins) may read the schema, and
 * everyone may outside production. `__typename` stays allowed. Refused before planning.
 */
export function introspectionPlugin(production: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || hasScope(contextValue.identity, INTROSPECTION_SCOPE)) return;
          if (introspects(document)) {
            throw new GraphQLError('Introspection is not allowed for this caller', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
