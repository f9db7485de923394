// Client tokens for the bench's production gateways: a local OpenID Connect stand-in (one EC key,
// its JWKS served on loopback) so that both gateways verify real ES256 tokens, as in production.
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Role } from '@equality-graph/auth';

export const BENCH_ISSUER = 'https://bench-idp.invalid/realms/cd92';
export const BENCH_AUDIENCE = 'equality-graph';

export interface BenchIdentityProvider {
  jwksUrl: string;
  tokenFor(role: Role): string;
  close(): Promise<void>;
}

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

function es256(key: KeyObject, kid: string, claims: object): string {
  const head = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64(claims)}`;
  return `${head}.${b64(sign('sha256', Buffer.from(head), { key, dsaEncoding: 'ieee-p1363' }))}`;
}

export async function startIdentityProvider(): Promise<BenchIdentityProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] });
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    tokenFor: (role) => {
      const now = Math.floor(Date.now() / 1000);
      return es256(privateKey, kid, {
        iss: BENCH_ISSUER,
        aud: BENCH_AUDIENCE,
        sub: `bench-${role.toLowerCase()}`,
        roles: [role],
        name: `Bench ${role}`,
        iat: now,
        exp: now + 3600,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
