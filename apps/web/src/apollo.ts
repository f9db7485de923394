// The app's one Apollo Client: same-origin /graphql, the in-memory token as a bearer header, and
// operations printed the way the persisted-documents manifest prints them, so the text sent
// hashes to the manifest's id (the gateway's allow-list).
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { Kind, type ASTNode, type DocumentNode } from 'graphql';

const isDocument = (node: ASTNode): node is DocumentNode => node.kind === Kind.DOCUMENT;

export function createApolloClient(token: () => string | null, uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const value = token();
    return value ? { headers: { ...(previous.headers as Record<string, string>), authorization: `Bearer ${value}` } } : {};
  });
  const http = new HttpLink({
    uri,
    print: (node, originalPrint) => (isDocument(node) ? printExecutableGraphQLDocument(node) : originalPrint(node)),
  });
  return new ApolloClient({
    link: auth.concat(http),
    cache: new InMemoryCache({
      // Entities without an `id` field are keyed by their natural key.
      typePolicies: { Commune: { keyFields: ['code'] }, Indicator: { keyFields: ['code'] } },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
