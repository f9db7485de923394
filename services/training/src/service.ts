import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { contextFactory, type TrainingContext, type TrainingSettings } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);

export const DEFAULT_SETTINGS: TrainingSettings = { disclosureThreshold: 5 };

/** What the training subgraph is: its contract, resolvers, data and per-request context. */
export function createTraining(settings: TrainingSettings = DEFAULT_SETTINGS): SubgraphDefinition<TrainingContext> {
  return {
    name: 'training',
    typeDefs,
    resolvers,
    entities,
    migrations,
    createContext: contextFactory(settings),
    seedDemoData,
  };
}

export const training = createTraining();
