// What the test identity provider is started with (shared by the launcher and the child process).

export interface TestAccount {
  /** What the provider's login form takes as "login"; becomes the token's `sub`. */
  id: string;
  roles: string[];
  name?: string;
}

/**
 * A confidential client of scripts (client credentials grant, secret sent with HTTP Basic): its
 * access tokens carry `sub` = its client id and these roles, as the department's provider maps a
 * service account's roles.
 */
export interface TestServiceClient {
  clientId: string;
  clientSecret: string;
  roles: string[];
}

export interface TestProviderOptions {
  /** The public client (no secret, PKCE required) the browser apps sign in with. */
  clientId: string;
  redirectUris: string[];
  /** The `aud` of access tokens: the gateway's OIDC_AUDIENCE. */
  audience: string;
  accounts: TestAccount[];
  /** Clients that get tokens with the client credentials grant (none by default). */
  serviceClients?: TestServiceClient[];
  /** Access token lifetime in seconds (default 600). */
  accessTokenTtl?: number;
}
