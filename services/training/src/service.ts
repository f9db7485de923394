import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type TrainingContext } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);

/** What the training subgraph is: its contract, resolvers, data and per-request context. */
export const training: SubgraphDefinition<TrainingContext> = {
  name: 'training',
  typeDefs,
  resolvers,
  entities,
  migrations,
  createContext,
  seedDemoData,
};
