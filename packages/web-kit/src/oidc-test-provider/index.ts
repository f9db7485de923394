// A live OpenID Connect provider for tests (the `oidc-provider` package in a child process):
// authorization code + PKCE against it exercises the same protocol as the department's provider.
import { fork } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { TestProviderOptions } from './options';

export type { TestAccount, TestProviderOptions, TestServiceClient } from './options';

/** The access-token scope of the provider's one resource (the gateway): ask for it with the OIDC scopes. */
export const TEST_PROVIDER_API_SCOPE = 'graph';

export interface TestProvider {
  issuer: string;
  jwksUrl: string;
  /** The token endpoint (client credentials: POST grant_type=client_credentials&scope=graph, HTTP Basic). */
  tokenUrl: string;
  /** The gateway settings that make it accept this provider's access tokens. */
  gatewayEnv: Record<string, string>;
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const child = fork(path.join(__dirname, 'provider-process.ts'), [JSON.stringify(options)], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // The provider warns at every start about what a test provider does on purpose (in-memory
  // storage, its built-in login pages); anything else it says is passed on.
  createInterface({ input: child.stderr ?? Readable.from([]) }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) process.stderr.write(`${line}\n`);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const message = await new Promise<{ issuer?: string; error?: string }>((resolve) => {
    child.once('message', (m) => resolve(m as { issuer?: string; error?: string }));
    child.once('exit', (code) => resolve({ error: `the test identity provider exited (code ${code})` }));
  });
  if (!message.issuer) throw new Error(message.error ?? 'the test identity provider did not start');
  const issuer = message.issuer;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    tokenUrl: `${issuer}/token`,
    gatewayEnv: {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: options.audience,
      OIDC_JWKS_URL: `${issuer}/jwks`,
      OIDC_CLIENT_ID: options.clientId,
      OIDC_SCOPES: `openid profile ${TEST_PROVIDER_API_SCOPE}`,
    },
    stop: async () => {
      if (child.exitCode === null) child.disconnect();
      await exited;
    },
  };
}
