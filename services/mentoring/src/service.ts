import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type MentoringContext } from './context';
import { entities } from './data/entities';
import { loadProgrammeSettings } from './environment';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);
const settings = loadProgrammeSettings();

/** What the mentoring subgraph is: its contract, resolvers, data and per-request context. */
export const mentoring: SubgraphDefinition<MentoringContext> = {
  name: 'mentoring',
  typeDefs,
  resolvers,
  entities,
  migrations,
  createContext: (base, db) => createContext(base, db, settings),
  seedDemoData,
};
