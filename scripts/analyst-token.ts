/**
 * pnpm run analyst-token: prints an access token for a script (an analyst's R or Python job) from
 * the department's OpenID Connect provider, with the client credentials grant. Configured by the
 * environment: OIDC_ISSUER (the gateway's), OIDC_SCRIPT_CLIENT_ID, OIDC_SCRIPT_CLIENT_SECRET,
 * and optionally OIDC_SCRIPT_SCOPE and OIDC_SCRIPT_RESOURCE. The provider must give that client
 * the roles the gateway reads (`roles`, e.g. ["ANALYST"]) and the gateway's audience.
 * Usage: TOKEN=$(pnpm --silent run analyst-token)
 */
import { clientCredentialsToken } from './lib/client-credentials';

async function main(): Promise<void> {
  const { OIDC_ISSUER: issuer, OIDC_SCRIPT_CLIENT_ID: clientId, OIDC_SCRIPT_CLIENT_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) {
    console.error('set OIDC_ISSUER, OIDC_SCRIPT_CLIENT_ID and OIDC_SCRIPT_CLIENT_SECRET (see README, "For analysts")');
    process.exit(2);
  }
  const { accessToken } = await clientCredentialsToken({
    issuer,
    clientId,
    clientSecret,
    scope: process.env.OIDC_SCRIPT_SCOPE,
    resource: process.env.OIDC_SCRIPT_RESOURCE,
  });
  process.stdout.write(`${accessToken}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
