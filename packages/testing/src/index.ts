// The testing package's main entry: what any service's tests need. The whole graph is a separate
// subpath, `@equality-graph/testing/graph`.
export * from './database';
export * from './graphql-client';
export * from './identities';
export * from './subgraph';
export * from './schema-drift';
export * from './migration-checks';
export * from './disclosure-reader';
export * from './disclosure-tree-reader';
