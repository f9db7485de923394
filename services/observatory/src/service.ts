import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type ObservatoryContext } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const typeDefs = readSchema(__dirname);

/** What the observatory subgraph is: its contract, resolvers, data and per-request context. */
export const observatory: SubgraphDefinition<ObservatoryContext> = {
  name: 'observatory',
  typeDefs,
  resolvers,
  entities,
  migrations,
  createContext,
};
