// The dev-database package's API: the embedded server and per-service database provisioning.
export { startEmbeddedServer, freePort } from './embedded-server';
export type { EmbeddedServer, EmbeddedServerOptions } from './embedded-server';
export { provisionServiceDatabase, dropDatabase, urlFor } from './provision';
export type { ServiceDatabase } from './provision';
