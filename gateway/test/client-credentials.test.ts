// A script's path to a token in production: the client credentials grant against a live OpenID
// Connect provider (oidc-provider in a child process), its access token accepted by a gateway in
// production mode configured with the OIDC_* variables, the roles it carries mapped to scopes.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { TEST_PROVIDER_API_SCOPE, startTestProvider, type TestProvider } from '@equality-graph/web-kit/oidc-test-provider';
import { clientCredentialsToken } from '../../scripts/lib/client-credentials';

const SCRIPT = { clientId: 'analyst-script', clientSecret: 'a-long-script-secret-0123456789abcdef', roles: ['ANALYST'] };
const TRAINING_BY_SECTOR = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'operations', 'TrainingBySector.graphql'), 'utf8');

let provider: TestProvider;
let graph: TestGraph;
beforeAll(async () => {
  provider = await startTestProvider({
    clientId: 'equality-graph-web',
    redirectUris: ['http://127.0.0.1/callback'],
    audience: 'equality-graph',
    accounts: [],
    serviceClients: [SCRIPT],
  });
  graph = await startTestGraph({ seedDemoData: true, env: { NODE_ENV: 'production', ...provider.gatewayEnv } });
}, 180_000);
afterAll(async () => {
  await graph?.stop();
  await provider?.stop();
});

const credentials = () => ({
  issuer: provider.issuer,
  clientId: SCRIPT.clientId,
  clientSecret: SCRIPT.clientSecret,
  scope: TEST_PROVIDER_API_SCOPE,
});

type Stats = { trainingStats: { year: number; trainedCount: number; bySector: { sector: string }[]; byCommune: unknown[] } };

test('a script gets a token with its client credentials and runs an analyst operation in production', async () => {
  const { accessToken, expiresIn } = await clientCredentialsToken(credentials());
  expect(expiresIn).toBeGreaterThan(0);
  // A JWT for the gateway's audience, the client as its subject, the roles the provider gave it.
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
  expect(claims).toMatchObject({ iss: provider.issuer, aud: 'equality-graph', sub: SCRIPT.clientId, roles: ['ANALYST'] });

  const { status, body } = await graph.query<Stats>(TRAINING_BY_SECTOR, { token: accessToken, variables: { year: 2023 } });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data!.trainingStats.year).toBe(2023);
  expect(body.data!.trainingStats.byCommune.length).toBeGreaterThan(0);
  // The same operation without the token: trainingStats needs statistics:raw.
  const anonymous = await graph.query(TRAINING_BY_SECTOR, { variables: { year: 2023 } });
  expect(anonymous.body.data?.trainingStats).toBeFalsy();
  expect(anonymous.body.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
}, 60_000);

test("the token's analyst role gives the analysts' limits (depth 8 passes), refused without it", async () => {
  const { accessToken } = await clientCredentialsToken(credentials());
  const deep = `{ commune(code: "92050") { observations(period: "2022") { commune { observations(period: "2022") {
    commune { training(year: 2023) { bySector { trainedCount } } } } } } } }`;
  expect((await graph.query(deep, { token: accessToken })).body.errors).toBeUndefined();
  const anonymous = await graph.query(deep);
  expect(anonymous.status).toBe(400);
  // Production: the code and the limit's name, not its value.
  expect(anonymous.body.errors?.[0]).toMatchObject({
    message: 'The operation exceeds a limit of this API',
    extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth' },
  });
}, 60_000);

test('pnpm run analyst-token prints a token the gateway accepts as an analyst', async () => {
  const root = path.resolve(__dirname, '..', '..');
  const env = {
    ...process.env,
    OIDC_ISSUER: provider.issuer,
    OIDC_SCRIPT_CLIENT_ID: SCRIPT.clientId,
    OIDC_SCRIPT_CLIENT_SECRET: SCRIPT.clientSecret,
    OIDC_SCRIPT_SCOPE: 'graph',
  };
  const printed = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'analyst-token.ts')], { cwd: root, env }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
  const me = await graph.query<{ me: { id: string; roles: string[] } }>('{ me { id roles } }', { token: printed.trim() });
  expect(me.body.data!.me).toMatchObject({ id: SCRIPT.clientId, roles: ['ANALYST'] });
}, 60_000);

test('a wrong secret gets no token', async () => {
  await expect(clientCredentialsToken({ ...credentials(), clientSecret: 'not-the-secret-0123456789abcdef' })).rejects.toThrow(
    /\(401 invalid_client:/,
  );
});
