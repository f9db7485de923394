// What the observatory subgraph is (schema, resolvers, entities, migrations, context, seed), as
// the kit's startSubgraph expects it; how servers start lives in the kit.
import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type ObservatoryContext, type ObservatorySettings } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);

export const DEFAULT_SETTINGS: ObservatorySettings = { disclosureThreshold: 5, importMaxBytes: 5 * 1024 * 1024 };

/** What the observatory subgraph is: its contract, resolvers, data and per-request context. */
export function createObservatory(settings: ObservatorySettings = DEFAULT_SETTINGS): SubgraphDefinition<ObservatoryContext> {
  return {
    name: 'observatory',
    typeDefs,
    resolvers,
    entities,
    migrations,
    createContext: (base, db) => createContext(base, db, settings),
    seedDemoData,
  };
}

export const observatory = createObservatory();
