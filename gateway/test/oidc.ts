// A stand-in OIDC identity provider (JWKS endpoint and token minter) for the gateway's tests in
// AUTH_MODE=oidc.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@equality-graph/auth';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';

export const OIDC_ISSUER = 'https://idp.example.test/';
export const OIDC_AUDIENCE = 'equality-graph';

/** A stand-in identity provider: a JWKS endpoint on a free port and a token minter. */
export async function startTestIdentityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  return {
    env: { AUTH_MODE: 'oidc', OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL: jwksUrl },
    token: (role: Role, sub = `oidc-${role.toLowerCase()}`) =>
      new SignJWT({ roles: [role] })
        .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
        .setSubject(sub)
        .setIssuer(OIDC_ISSUER)
        .setAudience(OIDC_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey),
    /** Signs exactly these claims (issuer and audience added unless given): tokens a provider should not issue. */
    signClaims: (claims: JWTPayload) =>
      new SignJWT({ iss: OIDC_ISSUER, aud: OIDC_AUDIENCE, ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
        .sign(privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
