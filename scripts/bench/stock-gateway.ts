// The bench's reference: stock @apollo/gateway on @apollo/server's standalone server, with no
// limits, no plugins and no cache; only what it needs to reach our subgraphs (the internal token,
// signed once per request and subgraph as this project's gateway does, from the same verified
// client identity). Started by scripts/bench.ts as a child process, so its RSS is its own.
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ANONYMOUS, oidcVerifier, parsePrivateKey, signInternalToken, type Identity } from '@equality-graph/auth';

interface StockContext {
  identity: Identity;
  tokens: Map<string, Promise<string>>;
  expiresAt: number;
  requestId: string;
}

const env = process.env;
const required = (name: string) => {
  const value = env[name];
  if (!value) throw new Error(`stock gateway: ${name} is required`);
  return value;
};
const key = parsePrivateKey(required('INTERNAL_JWT_PRIVATE_KEY'));
const urls = new Map(
  required('SUBGRAPH_URLS')
    .split(',')
    .map((pair) => pair.split('=') as [string, string]),
);
const verify = oidcVerifier({
  issuer: required('OIDC_ISSUER'),
  audience: required('OIDC_AUDIENCE'),
  jwksUrl: required('OIDC_JWKS_URL'),
  maxLifetimeSeconds: 24 * 3600,
});

class SignedDataSource extends RemoteGraphQLDataSource<StockContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
  ) {
    // Node's own fetch (undici, kept-alive connections), as this project's gateway uses: the
    // comparison is of the gateways, not of their HTTP clients (make-fetch-happen, the default,
    // also hangs up on sockets a subgraph closed after its keep-alive timeout).
    super({ url, fetcher: fetch });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<StockContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (!('incomingRequestContext' in options)) {
      const token = await signInternalToken(ANONYMOUS, key, {
        subgraph: this.subgraph,
        requestId: 'stock-schema',
        expiresAt: Date.now() + 20_000,
      });
      headers.set('authorization', `Bearer ${token}`);
      return;
    }
    const { tokens, identity, expiresAt, requestId } = options.context;
    let token = tokens.get(this.subgraph);
    if (!token) {
      token = signInternalToken(identity, key, { subgraph: this.subgraph, requestId, expiresAt });
      tokens.set(this.subgraph, token);
    }
    headers.set('authorization', `Bearer ${await token}`);
  }
}

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(required('SUPERGRAPH_PATH'), 'utf8'),
    buildService: ({ name, url }) => new SignedDataSource(name, urls.get(name) ?? url ?? ''),
  });
  const server = new ApolloServer<StockContext>({ gateway });
  let counter = 0;
  await startStandaloneServer(server, {
    listen: { port: Number(required('PORT')), host: '127.0.0.1' },
    context: async ({ req }) => {
      const header = req.headers.authorization;
      const identity = header ? await verify(header.replace(/^Bearer\s+/i, '')) : ANONYMOUS;
      return { identity, tokens: new Map(), expiresAt: Date.now() + 20_000, requestId: `stock-${++counter}` };
    },
  });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
