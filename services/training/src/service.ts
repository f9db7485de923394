import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type TrainingContext } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedDemoData } from './seed/demo-data';

export const typeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

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
