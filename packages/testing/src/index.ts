export * from './database';
export * from './graphql-client';
export * from './identities';
export * from './subgraph';
export * from './schema-drift';
export * from './migration-checks';
export * from './disclosure-reader';
