// The OpenID Connect authorization code flow with PKCE, for a public client (no secret: a
// browser cannot keep one): discovery, the authorization URL, the code-for-token exchange.
import type { AuthEnvironment } from './environment';

export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
  code_challenge_methods_supported?: string[];
}

export class SignInError extends Error {}

export async function discover(env: AuthEnvironment, issuer: string): Promise<ProviderMetadata> {
  const response = await env.fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new SignInError(`the identity provider's discovery document answered ${response.status}`);
  const metadata = (await response.json()) as ProviderMetadata;
  // A document claiming another issuer could send the code to someone else's token endpoint.
  if (metadata.issuer.replace(/\/$/, '') !== issuer.replace(/\/$/, '')) {
    throw new SignInError('the discovery document names another issuer');
  }
  if (metadata.code_challenge_methods_supported && !metadata.code_challenge_methods_supported.includes('S256')) {
    throw new SignInError('the identity provider does not support PKCE with S256');
  }
  return metadata;
}

export function authorizationUrl(
  metadata: ProviderMetadata,
  request: { clientId: string; redirectUri: string; scope: string; state: string; challenge: string },
): string {
  const url = new URL(metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  token_type: string;
  expires_in?: number;
}

export async function exchangeCode(
  env: AuthEnvironment,
  metadata: ProviderMetadata,
  request: { clientId: string; redirectUri: string; code: string; verifier: string },
): Promise<TokenResponse> {
  const response = await env.fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: request.code,
      redirect_uri: request.redirectUri,
      client_id: request.clientId,
      code_verifier: request.verifier,
    }).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new SignInError(`the identity provider refused the code: ${body.error_description ?? body.error ?? response.status}`);
  }
  return body as TokenResponse;
}
