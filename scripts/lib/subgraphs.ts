// The repository's processes as the root scripts see them: paths, subgraph names and ports.
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The three subgraphs, their development ports (GraphQL, metrics) and where their SDL lives. */
export const SUBGRAPHS = [
  { name: 'mentoring', port: 4001, metricsPort: 9401 },
  { name: 'observatory', port: 4002, metricsPort: 9402 },
  { name: 'training', port: 4003, metricsPort: 9403 },
].map((s) => ({
  ...s,
  url: `http://localhost:${s.port}/graphql`,
  sdlPath: path.join(ROOT, 'services', s.name, 'src', 'schema.graphql'),
  printedPath: path.join(ROOT, 'schema', 'subgraphs', `${s.name}.graphql`),
}));

export const SUPERGRAPH_PATH = path.join(ROOT, 'schema', 'supergraph.graphql');
export const ANNOUNCEMENTS_PATH = path.join(ROOT, 'schema', 'announced-breaking-changes.txt');
export const GATEWAY_PORT = 4000;
export const GATEWAY_METRICS_PORT = 9400;
