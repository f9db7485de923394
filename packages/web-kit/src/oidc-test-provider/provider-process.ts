// The child process running `oidc-provider` (ESM-only, so not loadable inside jest's CommonJS
// modules): a real OpenID Connect provider on 127.0.0.1 with a public PKCE client, and optional
// confidential clients of scripts (client credentials), whose access tokens are JWTs carrying what
// the gateway verifies (iss, aud, sub, exp, roles).
// Started by ./index.ts with the options as JSON in argv[2]; reports its issuer over IPC.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProviderOptions } from './options';

/** The resource indicator the access tokens are issued for (its audience is options.audience). */
const RESOURCE = 'urn:equality-graph:gateway';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as TestProviderOptions;
  // oidc-provider is ESM-only; a dynamic import keeps this file loadable by tsx as CommonJS.
  const { default: Provider } = await import('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map(options.accounts.map((a) => [a.id, a]));
  const serviceClients = new Map((options.serviceClients ?? []).map((c) => [c.clientId, c]));
  const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
      ...[...serviceClients.values()].map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        token_endpoint_auth_method: 'client_secret_basic' as const,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        // The provider's only signing key is ES256 (it checks this even for clients without ID tokens).
        id_token_signed_response_alg: 'ES256' as const,
      })),
    ],
    jwks: { keys: [{ ...signingKey, alg: 'ES256', use: 'sig', kid: 'test-provider' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true, methods: ['S256'] },
    // Browser apps call the token endpoint from their own origin.
    clientBasedCORS: () => true,
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'graph',
          audience: options.audience,
          accessTokenTTL: options.accessTokenTtl ?? 600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: account.name }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token && typeof token.accountId === 'string' ? accounts.get(token.accountId) : undefined;
      if (account) return { roles: account.roles };
      // A client credentials token has no account: the roles are the service client's.
      const service = token.kind === 'ClientCredentials' && token.clientId ? serviceClients.get(token.clientId) : undefined;
      return service ? { roles: service.roles } : undefined;
    },
  });
  const handle = provider.callback();
  // Koa's handler answers through `res`; its promise only says when it is done.
  server.on('request', (req, res) => void handle(req, res));
  process.send?.({ issuer });
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.send?.({ error: String(error) });
  process.exit(1);
});
