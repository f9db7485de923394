// The Kubernetes manifests as `kubectl kustomize` renders each overlay: every object valid against
// the Kubernetes schemas (kubernetes-models) with no undeclared field, CloudNativePG clusters checked for the fields relied
// on, workloads hardened and probed, each process's environment valid for its own schema, and the
// network policies evaluated for who may reach whom.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { NetworkPolicy as NetworkPolicyModel } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { generateInternalKeyPair } from '@equality-graph/auth';
import { loadEnvironment as loadGateway } from '../../gateway/src/environment';
import * as mentoring from '../../services/mentoring/src/environment';
import * as observatory from '../../services/observatory/src/environment';
import * as training from '../../services/training/src/environment';
import { DEPLOYABLES, versionOf } from '../lib/deployables';
import { ROOT, SUBGRAPHS } from '../lib/subgraphs';
import { unknownFieldsFinder } from './kubernetes-fields';
import { mayConnect, type Endpoint, type NetworkPolicy } from './network-policies';

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { httpGet?: { path: string; port: string } };
  livenessProbe?: { httpGet?: { path: string; port: string } };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: { name: string; emptyDir?: object; configMap?: { name: string } }[];
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: PodSpec;
}

/** The Kubernetes schemas the rendered kinds are checked against; a kind missing here fails the test. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicyModel,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
};
const CNPG_CLUSTER = 'postgresql.cnpg.io/v1/Cluster';
/** The schemas allow undeclared properties; this finds them along kubernetes-models' interfaces. */
const unknownFields = unknownFieldsFinder(Object.keys(MODELS));
const SUBGRAPH_ENVIRONMENTS = { mentoring, observatory, training } as const;

function render(overlay: string): K8sObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', path.join(ROOT, 'deploy', 'overlays', overlay)], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`kubectl kustomize failed (kubectl with kustomize v5 must be on PATH): ${(error as Error).message}`);
  }
  return parseAllDocuments(output).map((doc) => doc.toJSON() as K8sObject);
}

const keys = generateInternalKeyPair();
const SECRET_SAMPLES: Record<string, (name: string) => string> = {
  INTERNAL_JWT_PRIVATE_KEY: () => keys.privateKeyPem,
  INTERNAL_JWT_PUBLIC_KEY: () => keys.publicKeyPem,
  // CloudNativePG's application Secret: postgresql://<owner>:<password>@<cluster>-rw.<namespace>:5432/<database>.
  uri: (secret) => `postgresql://app:secret@${secret.replace(/-app$/, '')}-rw:5432/app`,
};

describe.each(['dev', 'prod'])('the %s overlay, rendered by kubectl kustomize', (overlay) => {
  const objects = render(overlay);
  const named = (kind: string, name: string) => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`no ${kind} ${name} in the ${overlay} overlay`);
    return found;
  };
  const template = (o: K8sObject) => (o.spec as { template: PodTemplate }).template;
  const workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');
  const configMapData = (name: string) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.data ?? {};
  /** The environment a container starts with: literal values, ConfigMaps, and sample values where Secrets go. */
  const environmentOf = (container: Container): Record<string, string> => {
    const env: Record<string, string> = {};
    for (const from of container.envFrom ?? []) Object.assign(env, configMapData(from.configMapRef?.name ?? ''));
    for (const variable of container.env ?? []) {
      const secret = variable.valueFrom?.secretKeyRef;
      env[variable.name] = secret ? SECRET_SAMPLES[secret.key](secret.name) : (variable.value ?? '');
    }
    return env;
  };
  const namespace = objects.find((o) => o.kind === 'Deployment')?.metadata.namespace ?? '';

  test('renders objects that are all valid against the Kubernetes schemas, in one namespace', () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const object of objects) {
      const key = `${object.apiVersion}/${object.kind}`;
      expect(object.metadata.namespace).toBe(namespace);
      if (key === CNPG_CLUSTER) continue;
      const Model = MODELS[key];
      if (!Model) throw new Error(`no schema for ${key} (${object.metadata.name}): add its kubernetes-models class`);
      expect(() => new Model(object as never).validate()).not.toThrow();
      expect([key, object.metadata.name, unknownFields(key, object)]).toEqual([key, object.metadata.name, []]);
    }
    expect(namespace).toBe(overlay === 'prod' ? 'equality-graph' : 'equality-graph-dev');
  });

  test('a schema error is caught (the validation is not a no-op)', () => {
    const gateway = structuredClone(named('Deployment', 'gateway'));
    (template(gateway).spec.containers[0].ports as unknown as { containerPort: string }[])[0].containerPort = 'http';
    expect(() => new Deployment(gateway as never).validate()).toThrow(/containerPort/);
  });

  test('a misspelt field is caught, though the schemas let it through', () => {
    const gateway = structuredClone(named('Deployment', 'gateway'));
    const [container] = template(gateway).spec.containers as unknown as Record<string, unknown>[];
    container.securityContext = { readOnlyRootFileSystem: true };
    expect(() => new Deployment(gateway as never).validate()).not.toThrow();
    expect(unknownFields('apps/v1/Deployment', gateway)).toEqual([
      '.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem',
    ]);
  });

  test.each(SUBGRAPHS.map((s) => s.name))('%s has its own CloudNativePG cluster, whose application Secret only it reads', (name) => {
    const cluster = named('Cluster', `${name}-db`) as K8sObject & {
      spec: { instances: number; storage: { size: string }; bootstrap: { initdb: { database: string; owner: string } } };
    };
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec.instances).toBe(overlay === 'prod' ? 3 : 1);
    expect(cluster.spec.storage.size).toMatch(/^\d+Gi$/);
    expect(cluster.spec.bootstrap.initdb).toEqual({ database: name, owner: name });
    const readers = workloads.filter((w) =>
      template(w).spec.containers.some((c) => (c.env ?? []).some((e) => e.valueFrom?.secretKeyRef?.name === `${name}-db-app`)),
    );
    expect(readers.length).toBeGreaterThan(0);
    for (const reader of readers) expect(template(reader).metadata.labels['app.kubernetes.io/name']).toBe(name);
  });

  test.each(DEPLOYABLES.map((d) => [d.name, d] as const))(
    '%s: versioned image, probes, resources, non-root read-only container',
    (name, deployable) => {
      const deployment = named('Deployment', name);
      const pod = template(deployment).spec;
      const [container] = pod.containers;
      expect(container.image).toBe(`equality-graph/${name}:${versionOf(deployable)}`);
      const ports = Object.fromEntries((container.ports ?? []).map((p) => [p.name, p.containerPort]));
      expect(ports).toEqual({ http: deployable.port, metrics: deployable.metricsPort });
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
      for (const kind of ['requests', 'limits'] as const)
        expect(Object.keys(container.resources?.[kind] ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
      expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
    },
  );

  test.each(DEPLOYABLES.map((d) => d.name))('%s has a Service, an HPA on its Deployment and a PDB selecting its pods', (name) => {
    const labels = template(named('Deployment', name)).metadata.labels;
    const covers = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
    const service = named('Service', name) as K8sObject & { spec: { selector: Record<string, string> } };
    expect(covers(service.spec.selector)).toBe(true);
    const hpa = named('HorizontalPodAutoscaler', name) as K8sObject & {
      spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number };
    };
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(1);
    const pdb = named('PodDisruptionBudget', name) as K8sObject & { spec: { selector: { matchLabels: Record<string, string> } } };
    expect(covers(pdb.spec.selector.matchLabels)).toBe(true);
  });

  test('runs several gateways (HPA) sharing one Redis', () => {
    const hpa = named('HorizontalPodAutoscaler', 'gateway') as K8sObject & { spec: { minReplicas: number; maxReplicas: number } };
    expect(hpa.spec.maxReplicas).toBeGreaterThan(1);
    if (overlay === 'prod') expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(3);
    const env = environmentOf(template(named('Deployment', 'gateway')).spec.containers[0]);
    const redis = new URL(loadGateway(env).REDIS_URL ?? '');
    expect((named('Service', redis.hostname).spec as { ports: { port: number }[] }).ports.map((p) => p.port)).toContain(Number(redis.port));
  });

  test("the gateway's environment passes its schema, reaches each subgraph's Service and reads the supergraph ConfigMap as a directory", () => {
    const pod = template(named('Deployment', 'gateway')).spec;
    const env = loadGateway(environmentOf(pod.containers[0]));
    expect(env.NODE_ENV).toBe(overlay === 'prod' ? 'production' : 'development');
    if (overlay === 'prod') expect(env.AUTH_MODE).toBe('oidc');
    for (const { name, port } of SUBGRAPHS) {
      const url = new URL(env.SUBGRAPH_URLS[name]);
      expect(url.hostname).toBe(name);
      expect((named('Service', name).spec as { ports: { port: number }[] }).ports.map((p) => p.port)).toContain(Number(url.port));
      expect(Number(url.port)).toBe(port);
    }
    // A subPath mount would never see the ConfigMap's updates: the whole directory is mounted.
    const mount = pod.containers[0].volumeMounts?.find((m) => m.mountPath === env.SUPERGRAPH_PATH);
    expect(mount).toMatchObject({ readOnly: true });
    expect(mount?.subPath).toBeUndefined();
    expect(pod.volumes?.find((v) => v.name === mount?.name)?.configMap?.name).toBe('supergraph');
  });

  test.each(SUBGRAPHS.map((s) => s.name))(
    "%s's environment passes its schema (secrets sampled) on the ports its container declares",
    (name) => {
      const [container] = template(named('Deployment', name)).spec.containers;
      const env = SUBGRAPH_ENVIRONMENTS[name as keyof typeof SUBGRAPH_ENVIRONMENTS].loadEnvironment(environmentOf(container));
      expect([env.PORT, env.METRICS_PORT]).toEqual((container.ports ?? []).map((p) => p.containerPort));
      expect(env.METRICS_HOST).toBe('0.0.0.0');
      expect(env.RUN_MIGRATIONS).toBe(true);
      expect(new URL(env.DATABASE_URL).hostname).toBe(`${name}-db-rw`);
    },
  );

  if (overlay === 'prod') {
    test.each(SUBGRAPHS.map((s) => s.name))(
      '%s migrations also run as a Job: the same image, its migration command, its own database',
      (name) => {
        const job = named('Job', `${name}-migrate`);
        const [container] = template(job).spec.containers;
        expect(container.image).toBe(template(named('Deployment', name)).spec.containers[0].image);
        expect(container.command).toEqual(['node', 'dist/migrate.js']);
        expect(container.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({
          name: `${name}-db-app`,
          key: 'uri',
        });
        expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
      },
    );
  }

  describe('network policies', () => {
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy') as unknown as NetworkPolicy[];
    const pod = (labels: Record<string, string>, ns = namespace): Endpoint => ({ namespace: ns, labels });
    const podOf = (kind: string, name: string) => pod(template(named(kind, name)).metadata.labels);
    const gateway = podOf('Deployment', 'gateway');
    const redis = podOf('Deployment', 'redis');
    const database = (name: string) => pod({ 'cnpg.io/cluster': `${name}-db`, 'cnpg.io/instanceRole': 'primary' });
    const ingressController = pod({ 'app.kubernetes.io/name': 'ingress-nginx' }, 'ingress-nginx');
    const prometheus = pod({ 'app.kubernetes.io/name': 'prometheus' }, 'monitoring');
    const identityProvider: Endpoint = { ip: '203.0.113.10' };
    const names = SUBGRAPHS.map((s) => s.name);

    test('the gateway is reached from the ingress controller; no subgraph, database or Redis is', () => {
      expect(mayConnect(policies, ingressController, gateway, 4000)).toBe(true);
      for (const { name, port } of SUBGRAPHS) {
        expect(mayConnect(policies, ingressController, podOf('Deployment', name), port)).toBe(false);
        expect(mayConnect(policies, ingressController, database(name), 5432)).toBe(false);
      }
      expect(mayConnect(policies, ingressController, redis, 6379)).toBe(false);
    });

    test('only the gateway reaches the subgraphs', () => {
      for (const { name, port } of SUBGRAPHS) {
        expect(mayConnect(policies, gateway, podOf('Deployment', name), port)).toBe(true);
        for (const other of names.filter((n) => n !== name))
          expect(mayConnect(policies, podOf('Deployment', other), podOf('Deployment', name), port)).toBe(false);
        expect(mayConnect(policies, redis, podOf('Deployment', name), port)).toBe(false);
      }
    });

    test('each subgraph (and its migration Job) reaches its own database and no other; the gateway reaches none', () => {
      for (const name of names) {
        const clients = [podOf('Deployment', name), ...(overlay === 'prod' ? [podOf('Job', `${name}-migrate`)] : [])];
        for (const client of clients) {
          expect(mayConnect(policies, client, database(name), 5432)).toBe(true);
          for (const other of names.filter((n) => n !== name)) expect(mayConnect(policies, client, database(other), 5432)).toBe(false);
        }
        expect(mayConnect(policies, gateway, database(name), 5432)).toBe(false);
      }
    });

    test('the gateway reaches Redis and the identity provider (HTTPS); subgraphs reach neither', () => {
      expect(mayConnect(policies, gateway, redis, 6379)).toBe(true);
      expect(mayConnect(policies, gateway, identityProvider, 443)).toBe(true);
      expect(mayConnect(policies, gateway, identityProvider, 80)).toBe(false);
      for (const name of names) {
        expect(mayConnect(policies, podOf('Deployment', name), redis, 6379)).toBe(false);
        expect(mayConnect(policies, podOf('Deployment', name), identityProvider, 443)).toBe(false);
      }
      expect(mayConnect(policies, redis, identityProvider, 443)).toBe(false);
    });

    test('the gateway and the subgraphs send traces to a collector in the monitoring namespace, not elsewhere', () => {
      const collector = pod({ 'app.kubernetes.io/name': 'otel-collector' }, 'monitoring');
      const elsewhere = pod({ 'app.kubernetes.io/name': 'otel-collector' }, 'tenant-b');
      for (const { name } of DEPLOYABLES) {
        expect(mayConnect(policies, podOf('Deployment', name), collector, 4318)).toBe(true);
        expect(mayConnect(policies, podOf('Deployment', name), elsewhere, 4318)).toBe(false);
      }
      expect(mayConnect(policies, redis, collector, 4318)).toBe(false);
    });

    test('the monitoring namespace scrapes every metrics port and nothing else', () => {
      for (const { name, port, metricsPort } of DEPLOYABLES) {
        expect(mayConnect(policies, prometheus, podOf('Deployment', name), metricsPort)).toBe(true);
        if (name !== 'gateway') expect(mayConnect(policies, prometheus, podOf('Deployment', name), port)).toBe(false);
      }
    });
  });
});
