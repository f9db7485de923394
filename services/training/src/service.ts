// What the training subgraph is (contract, resolvers, data, per-request context), as the
// package's entry: the gateway's graph and the tests build it from here without a server.
import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type TrainingContext, type TrainingSettings } from './context';
import { entities } from './data/entities';
import { DEFAULT_DISCLOSURE_THRESHOLD } from './environment';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);

/** The settings of an unset environment (environment.ts's defaults), for `training` and tests. */
export const DEFAULT_SETTINGS: TrainingSettings = { disclosureThreshold: DEFAULT_DISCLOSURE_THRESHOLD };

/** What the training subgraph is: its contract, resolvers, data and per-request context. */
export function createTraining(settings: TrainingSettings = DEFAULT_SETTINGS): SubgraphDefinition<TrainingContext> {
  return {
    name: 'training',
    typeDefs,
    resolvers,
    entities,
    migrations,
    createContext: (base, db) => createContext(base, db, settings),
    seedDemoData,
  };
}

export const training = createTraining();
