// The four deployables (one image each): where each lives, its entry points and the files it
// reads beside its built code. The build, the Dockerfiles' test and the Kubernetes test share it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_METRICS_PORT, GATEWAY_PORT, ROOT, SUBGRAPHS } from './subgraphs';

export interface Deployable {
  name: string;
  /** Folder, from the repository root. */
  dir: string;
  /** Entry points under src/, each built to dist/<entry>.js. */
  entries: string[];
  /** Files copied from src/ to dist/ (read at run time beside the built code). */
  assets: string[];
  /** GraphQL port and metrics port (`pnpm start`'s, the images' and the manifests'). */
  port: number;
  metricsPort: number;
  subgraph: boolean;
}

export const DEPLOYABLES: Deployable[] = [
  {
    name: 'gateway',
    dir: 'gateway',
    entries: ['index'],
    assets: [],
    port: GATEWAY_PORT,
    metricsPort: GATEWAY_METRICS_PORT,
    subgraph: false,
  },
  ...SUBGRAPHS.map(({ name, port, metricsPort }) => ({
    name,
    dir: `services/${name}`,
    // The service and its migration command (a Job or an operator runs it).
    entries: ['index', 'migrate'],
    // readSchema(__dirname): the contract is read beside the built service.
    assets: ['schema.graphql'],
    port,
    metricsPort,
    subgraph: true,
  })),
];

export const inDeployable = (deployable: Deployable, ...parts: string[]) => path.join(ROOT, deployable.dir, ...parts);

/** Each image is versioned on its own: by its package's version. */
export const versionOf = (deployable: Deployable): string =>
  (JSON.parse(readFileSync(inDeployable(deployable, 'package.json'), 'utf8')) as { version: string }).version;
