// docker-compose.yml and the Dockerfiles agree with the code: each process's image (built
// JavaScript on Node 22, non-root, its own version), variables (valid in production) and ports.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generateInternalKeyPair } from '@equality-graph/auth';
import { environmentSchema as gatewaySchema, loadEnvironment as loadGateway } from '../../gateway/src/environment';
import * as mentoring from '../../services/mentoring/src/environment';
import * as observatory from '../../services/observatory/src/environment';
import * as training from '../../services/training/src/environment';
import { DEPLOYABLES, inDeployable, versionOf } from '../lib/deployables';
import { ROOT, SUBGRAPHS } from '../lib/subgraphs';

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks it against what each
 * process really reads: its environment schema, its port, its Dockerfile and entry point.
 */
interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  read_only?: boolean;
  tmpfs?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: string[] | Record<string, unknown>;
  expose?: string[];
  ports?: string[];
}
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const keys = generateInternalKeyPair();
const SAMPLE: Record<string, string> = {
  INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
  INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem,
  OIDC_ISSUER: 'https://idp.example.test/',
  OIDC_AUDIENCE: 'equality-graph',
  OIDC_JWKS_URL: 'https://idp.example.test/jwks',
};
/** ${VAR:?message} and ${VAR} become a plausible value, as docker compose would substitute. */
function substitute(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [
      key,
      String(value).replace(/\$\{([A-Z0-9_]+)(:\?[^}]*)?\}/g, (_m, name: string) => SAMPLE[name] ?? `sample-${name.toLowerCase()}`),
    ]),
  );
}
const dependsOn = (s: ComposeService) => (Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {}));
const LOADERS = { mentoring, observatory, training } as const;

describe.each(SUBGRAPHS)('docker-compose: the $name subgraph', ({ name, port, metricsPort }) => {
  const service = compose.services[name];

  test('is built from its Dockerfile, whose entry point exists and port matches', () => {
    expect(service.build?.dockerfile).toBe(`services/${name}/Dockerfile`);
    const dockerfile = readFileSync(path.join(ROOT, service.build!.dockerfile), 'utf8');
    expect(dockerfile).toContain(`EXPOSE ${port} ${metricsPort}`);
    expect(existsSync(path.join(ROOT, 'services', name, 'src', 'index.ts'))).toBe(true);
  });

  test('sets only variables the service reads, and they pass its validation in production', () => {
    const env = substitute(service.environment!);
    const known = Object.keys(LOADERS[name as keyof typeof LOADERS].environmentSchema.shape);
    expect(Object.keys(env).filter((k) => !known.includes(k))).toEqual([]);
    const parsed = LOADERS[name as keyof typeof LOADERS].loadEnvironment(env);
    expect(parsed.NODE_ENV).toBe('production');
    expect(parsed.PORT).toBe(port);
    expect(service.expose).toContain(String(port));
  });

  test('serves metrics on its own port, to the compose network only', () => {
    const parsed = LOADERS[name as keyof typeof LOADERS].loadEnvironment(substitute(service.environment!));
    expect(parsed.METRICS_PORT).toBe(metricsPort);
    expect(parsed.METRICS_PORT).not.toBe(parsed.PORT);
    expect(service.expose).toContain(String(metricsPort));
    expect(service.ports ?? []).toEqual([]);
  });

  test('uses its own PostgreSQL, with the credentials that server is created with', () => {
    const url = new URL(substitute(service.environment!).DATABASE_URL);
    const database = compose.services[url.hostname];
    expect(url.hostname).toBe(`postgres-${name}`);
    expect(database.image).toMatch(/^postgres:/);
    expect(dependsOn(service)).toContain(url.hostname);
    const dbEnv = substitute(database.environment!);
    expect([url.username, decodeURIComponent(url.password), url.pathname.slice(1)]).toEqual([
      dbEnv.POSTGRES_USER,
      dbEnv.POSTGRES_PASSWORD,
      dbEnv.POSTGRES_DB,
    ]);
  });
});

describe('docker-compose: the gateway', () => {
  const gateway = compose.services.gateway;

  test('sets only variables it reads, and they pass its production validation', () => {
    const env = substitute(gateway.environment!);
    expect(Object.keys(env).filter((k) => !Object.keys(gatewaySchema.shape).includes(k))).toEqual([]);
    const parsed = loadGateway(env);
    expect(parsed.AUTH_MODE).toBe('oidc');
    expect(gateway.ports).toContain(`${parsed.PORT}:${parsed.PORT}`);
  });

  test('publishes its GraphQL port only: metrics are exposed to the compose network, not the host', () => {
    const parsed = loadGateway(substitute(gateway.environment!));
    expect(parsed.METRICS_PORT).not.toBe(parsed.PORT);
    expect(gateway.expose).toContain(String(parsed.METRICS_PORT));
    expect(gateway.ports!.some((p) => p.split(':').includes(String(parsed.METRICS_PORT)))).toBe(false);
  });

  test('reaches every subgraph of the supergraph at its compose name and port', () => {
    const parsed = loadGateway(substitute(gateway.environment!));
    expect(Object.keys(parsed.SUBGRAPH_URLS).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    for (const { name, port } of SUBGRAPHS) {
      const url = new URL(parsed.SUBGRAPH_URLS[name]);
      expect([url.hostname, Number(url.port)]).toEqual([name, port]);
      expect(dependsOn(gateway)).toContain(name);
    }
  });

  test('reads the supergraph from a mounted directory, not from its image (a new one needs no rebuild)', () => {
    const dockerfile = readFileSync(path.join(ROOT, gateway.build!.dockerfile), 'utf8');
    expect(dockerfile).not.toMatch(/supergraph\.graphql|COPY schema \.\/schema/);
    const supergraphPath = loadGateway(substitute(gateway.environment!)).SUPERGRAPH_PATH;
    // source:target:mode, read from the right (the source may hold ${VAR:-default}).
    const mount = (gateway.volumes ?? []).map((v) => v.split(':').slice(-2)).find(([target]) => target === supergraphPath);
    expect(mount?.[1]).toBe('ro');
    expect(dockerfile).toContain(`SUPERGRAPH_PATH=${supergraphPath}`);
  });
});

test('the subgraphs and the gateway share one public key pair variable set', () => {
  const subgraphKeys = SUBGRAPHS.map(({ name }) => compose.services[name].environment!.INTERNAL_JWT_PUBLIC_KEY);
  expect(new Set(subgraphKeys).size).toBe(1);
  expect(subgraphKeys[0]).toContain('INTERNAL_JWT_PUBLIC_KEY');
  expect(compose.services.gateway.environment!.INTERNAL_JWT_PRIVATE_KEY).toContain('INTERNAL_JWT_PRIVATE_KEY');
});

describe.each(DEPLOYABLES)('the $name image', (deployable) => {
  const dockerfile = readFileSync(inDeployable(deployable, 'Dockerfile'), 'utf8');
  const service = compose.services[deployable.name];
  const version = versionOf(deployable);

  test('runs its built JavaScript on Node 22 as the unprivileged node user', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22-slim$/m);
    expect(dockerfile.match(/^FROM .*/gm)).toEqual(['FROM ${NODE_IMAGE} AS build', 'FROM ${NODE_IMAGE}']);
    expect(dockerfile).toContain(`RUN node --import tsx scripts/build.ts ${deployable.name}\n`);
    expect(dockerfile).toContain(`RUN pnpm --filter ${deployable.name} --prod deploy /out --config.node-linker=hoisted\n`);
    expect(dockerfile).toContain('CMD ["node", "dist/index.js"]');
    expect(deployable.entries).toContain('index');
    expect(dockerfile).not.toMatch(/tsx\s+src|--import", "tsx/);
    // The last USER before CMD is the unprivileged one: nothing in the image runs as root.
    expect(dockerfile.match(/^USER .*/gm)?.pop()).toBe('USER node');
    expect(dockerfile).toMatch(new RegExp(`^ENV .*PORT=${deployable.port} METRICS_PORT=${deployable.metricsPort}`, 'm'));
  });

  test('is versioned by its own package.json, in the image label and in compose', () => {
    expect(dockerfile).toContain('org.opencontainers.image.version="${VERSION}"');
    // The build refuses a VERSION that is not the package's.
    expect(dockerfile).toContain(`require('./${deployable.dir}/package.json').version`);
    expect(service.build?.args?.VERSION).toBe(version);
    expect(service.image).toBe(`equality-graph/${deployable.name}:${version}`);
  });

  test('runs read-only in compose, /tmp as its only writable place', () => {
    expect(service.read_only).toBe(true);
    expect(service.tmpfs).toEqual(['/tmp']);
  });
});
