// Sign-in with the authorization code + PKCE flow against a live OpenID Connect provider
// (`oidc-provider`), the resulting token used on the real gateway in AUTH_MODE=oidc; and the
// development sign-in against the gateway's development endpoint.
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { PENDING_SIGN_IN_KEY, createAuthSession, type AuthSession } from '../src/auth';
import { startTestProvider, type TestProvider } from '../src/oidc-test-provider';
import { nodeEnvironment } from './node-environment';
import { signInAtProvider } from './provider-browser';

const REDIRECT_URI = 'http://127.0.0.1:5999/connexion/retour';
const ME = '{ me { id name roles } }';

let provider: TestProvider;
let graph: TestGraph;
let oidcGatewayUrl: string;
beforeAll(async () => {
  provider = await startTestProvider({
    clientId: 'equality-graph-web',
    redirectUris: [REDIRECT_URI],
    audience: 'equality-graph',
    accounts: [{ id: 'amina.k', roles: ['MENTEE'], name: 'Amina K.' }],
  });
  graph = await startTestGraph();
  oidcGatewayUrl = (await graph.startGateway(provider.gatewayEnv)).url;
});
afterAll(async () => {
  await graph?.stop();
  await provider?.stop();
});

async function me(url: string, token: string | null) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: ME }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { me: { id: string; roles: string[] } | null } } };
}

/** A session in Node that has been sent to the provider; returns what it needs to come back. */
async function leaveForProvider(returnTo?: string) {
  const node = nodeEnvironment();
  const session = createAuthSession({ gatewayUrl: oidcGatewayUrl, redirectUri: REDIRECT_URI, environment: node.environment });
  await session.beginOidcSignIn(returnTo);
  expect(node.visited).toHaveLength(1);
  return { session, ...node, authorizationUrl: node.visited[0] };
}

describe('OIDC: authorization code + PKCE against a live provider', () => {
  test('the gateway tells browsers which provider and public client to use', async () => {
    const session = createAuthSession({
      gatewayUrl: oidcGatewayUrl,
      redirectUri: REDIRECT_URI,
      environment: nodeEnvironment().environment,
    });
    expect(await session.config()).toEqual({
      mode: 'oidc',
      issuer: provider.issuer,
      clientId: 'equality-graph-web',
      scope: 'openid profile graph',
    });
  });

  test('a mentee signs in; her access token, held in memory only, is accepted by the gateway', async () => {
    const { session, storage, authorizationUrl } = await leaveForProvider('/mentorat/candidature');
    const sent = new URL(authorizationUrl).searchParams;
    expect(authorizationUrl.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect(sent.get('client_id')).toBe('equality-graph-web');
    // Only the challenge travels; the verifier stays in the tab's storage, with the state.
    const pending = JSON.parse(storage.getItem(PENDING_SIGN_IN_KEY) ?? '{}') as { verifier: string; state: string };
    expect(pending.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorizationUrl).not.toContain(pending.verifier);
    expect(sent.get('state')).toBe(pending.state);

    const changes = jest.fn();
    session.subscribe(changes);
    const { callbackUrl, prompts } = await signInAtProvider(authorizationUrl, REDIRECT_URI, 'amina.k');
    expect(prompts).toEqual(['login', 'consent']);
    expect(await session.completeOidcSignIn(callbackUrl)).toBe('/mentorat/candidature');

    expect(changes).toHaveBeenCalledTimes(1);
    expect(session.roles()).toEqual(['MENTEE']);
    expect(storage.items.size).toBe(0);
    const answer = await me(oidcGatewayUrl, session.token());
    expect(answer.body.data?.me).toMatchObject({ id: 'amina.k', roles: ['MENTEE'] });

    session.signOut();
    expect(session.token()).toBeNull();
    expect((await me(oidcGatewayUrl, session.token())).body.data?.me).toBeNull();
  });

  test('a replayed redirect, a foreign state or a lost verifier gets no token', async () => {
    const first = await leaveForProvider();
    const { callbackUrl } = await signInAtProvider(first.authorizationUrl, REDIRECT_URI, 'amina.k');
    await first.session.completeOidcSignIn(callbackUrl);
    // The same answer again: the verifier was used up.
    await expect(first.session.completeOidcSignIn(callbackUrl)).rejects.toThrow('no sign-in is under way');

    // An answer to a sign-in this tab did not start (another tab's, or an attacker's).
    const second = await leaveForProvider();
    await expect(second.session.completeOidcSignIn(callbackUrl)).rejects.toThrow('does not belong');
    expect(second.session.token()).toBeNull();

    // The right state but another verifier: the provider refuses the code (PKCE is enforced).
    const third = await leaveForProvider();
    const pending = JSON.parse(third.storage.getItem(PENDING_SIGN_IN_KEY) ?? '{}') as Record<string, string>;
    third.storage.setItem(PENDING_SIGN_IN_KEY, JSON.stringify({ ...pending, verifier: 'x'.repeat(43) }));
    const answer = await signInAtProvider(third.authorizationUrl, REDIRECT_URI, 'amina.k');
    await expect(third.session.completeOidcSignIn(answer.callbackUrl)).rejects.toThrow('refused the code');
    expect(third.session.token()).toBeNull();
  });

  test('the development endpoint does not exist on a gateway in AUTH_MODE=oidc', async () => {
    const session: AuthSession = createAuthSession({
      gatewayUrl: oidcGatewayUrl,
      redirectUri: REDIRECT_URI,
      environment: nodeEnvironment().environment,
    });
    const response = await fetch(new URL('/auth/dev-token', oidcGatewayUrl), { method: 'POST', body: '{"role":"ADMIN"}' });
    expect(response.status).toBe(404);
    await expect(session.signInDevelopment('MENTEE')).rejects.toThrow('Not found');
    expect(session.token()).toBeNull();
  });
});

describe('development sign-in', () => {
  test('the role picker gets a development token from the gateway, which accepts it', async () => {
    const { environment, storage } = nodeEnvironment();
    const session = createAuthSession({ gatewayUrl: graph.gateway.url, redirectUri: REDIRECT_URI, environment });
    expect(await session.config()).toMatchObject({ mode: 'dev', roles: expect.arrayContaining(['MENTEE', 'ANALYST']) });
    await session.signInDevelopment('MENTEE', { sub: 'dev-lea' });
    expect(session.roles()).toEqual(['MENTEE']);
    expect(storage.items.size).toBe(0);
    expect((await me(graph.gateway.url, session.token())).body.data?.me).toMatchObject({ id: 'dev-lea', roles: ['MENTEE'] });
  });

  test('an unknown role is refused', async () => {
    const session = createAuthSession({
      gatewayUrl: graph.gateway.url,
      redirectUri: REDIRECT_URI,
      environment: nodeEnvironment().environment,
    });
    await expect(session.signInDevelopment('SUPERUSER')).rejects.toThrow("role must be '' or one of");
    expect(session.token()).toBeNull();
  });
});
