import type { Resolvers } from '../generated/graphql';
import { Commune } from './Commune';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Commune };
