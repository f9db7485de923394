// A token for a script from the department's OpenID Connect provider: the client credentials
// grant (RFC 6749 §4.4) of a confidential client, its secret sent with HTTP Basic. The token
// endpoint comes from the provider's discovery document, so only the issuer is configured.

export interface ClientCredentials {
  /** The provider's issuer (the gateway's OIDC_ISSUER). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to ask for (the provider's scope for the gateway, e.g. "graph"). */
  scope?: string;
  /** Resource indicator (RFC 8707) naming the gateway, for providers that want one. */
  resource?: string;
}

/** The token endpoint the provider's discovery document names. */
export async function tokenEndpoint(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery at ${issuer} answered ${response.status}`);
  const { token_endpoint: endpoint } = (await response.json()) as { token_endpoint?: unknown };
  if (typeof endpoint !== 'string') throw new Error(`discovery at ${issuer} names no token_endpoint`);
  return endpoint;
}

/** Asks the provider for an access token; throws with the provider's error otherwise. */
export async function clientCredentialsToken(credentials: ClientCredentials): Promise<{ accessToken: string; expiresIn: number }> {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (credentials.scope) body.set('scope', credentials.scope);
  if (credentials.resource) body.set('resource', credentials.resource);
  // RFC 6749 §2.3.1: id and secret form-urlencoded before Basic encoding.
  const basic = Buffer.from(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`).toString(
    'base64',
  );
  const response = await fetch(await tokenEndpoint(credentials.issuer), {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const answer = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || typeof answer.access_token !== 'string') {
    throw new Error(
      `the provider refused the client credentials (${response.status} ${answer.error ?? ''}: ${answer.error_description ?? ''})`,
    );
  }
  return { accessToken: answer.access_token, expiresIn: answer.expires_in ?? 0 };
}
