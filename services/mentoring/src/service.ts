// What the mentoring subgraph is (contract, resolvers, data, per-request context), read like a
// list; how a server starts is the kit's (startSubgraph), and settings come from server.ts.
import { readSchema, type SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type MentoringContext, type ProgrammeSettings } from './context';
import { entities } from './data/entities';
import { DEFAULT_MENTEE_AGES } from './environment';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = readSchema(__dirname);

/** The environment's defaults, for a definition built without one (the graph harness). */
export const DEFAULT_SETTINGS: ProgrammeSettings = { menteeMinAge: DEFAULT_MENTEE_AGES.min, menteeMaxAge: DEFAULT_MENTEE_AGES.max };

export function createMentoring(settings: ProgrammeSettings = DEFAULT_SETTINGS): SubgraphDefinition<MentoringContext> {
  return {
    name: 'mentoring',
    typeDefs,
    resolvers,
    entities,
    migrations,
    createContext: (base, db) => createContext(base, db, settings),
    seedDemoData,
  };
}

export const mentoring = createMentoring();
