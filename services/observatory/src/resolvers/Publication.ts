import type { PublicationResolvers } from '../generated/graphql';

// Every field is a column of the row; the file keeps the one-resolver-per-type layout.
export const Publication: PublicationResolvers = {};
