import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphDefinition } from '@equality-graph/service-kit';
import { createContext, type ObservatoryContext } from './context';
import { entities } from './data/entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

/** What the observatory subgraph is: its contract, resolvers, data and per-request context. */
export const observatory: SubgraphDefinition<ObservatoryContext> = {
  name: 'observatory',
  typeDefs,
  resolvers,
  entities,
  migrations,
  createContext,
};
