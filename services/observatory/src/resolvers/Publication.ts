// Resolvers of `Publication`: every field is a column of the row, so none are needed; the file
// keeps the one-resolver-file-per-type layout.
import type { PublicationResolvers } from '../generated/graphql';

export const Publication: PublicationResolvers = {};
