// De-duplication of an `_entities` call's representations: @apollo/gateway sends one per entity
// in the answer (20 mentors living in 12 communes: 20 Commune representations, 8 repeated); the
// subgraph gets each distinct one once and the answer is spread back to the gateway's order.
import type { GraphQLFormattedError } from 'graphql';

export interface DedupedRepresentations {
  /** The variables to send: `representations` without repeats. */
  variables: Record<string, unknown>;
  /** The subgraph's answer as the gateway expects it: one entity per original representation. */
  expand<R extends { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>(response: R): R;
}

/** Undefined when there is nothing to save (no representations, or none repeated). */
export function dedupeRepresentations(variables: Record<string, unknown> | undefined): DedupedRepresentations | undefined {
  const representations = variables?.representations;
  if (!Array.isArray(representations) || representations.length < 2) return undefined;
  const indexByKey = new Map<string, number>();
  const unique: unknown[] = [];
  /** For each original position, the position of its representation in `unique`. */
  const positions = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = unique.push(representation) - 1;
      indexByKey.set(key, index);
    }
    return index;
  });
  if (unique.length === representations.length) return undefined;
  return {
    variables: { ...variables, representations: unique },
    expand: (response) => {
      const entities = response.data?._entities;
      if (!Array.isArray(entities) || entities.length !== unique.length) return response;
      const used = new Set<number>();
      // Each position gets its own copy: the gateway merges later fetches into these objects.
      const spread = positions.map((index) => {
        const first = !used.has(index);
        used.add(index);
        return first ? entities[index] : structuredClone(entities[index]);
      });
      const errors = response.errors?.flatMap((error) => {
        const [head, index, ...rest] = error.path ?? [];
        if (head !== '_entities' || typeof index !== 'number') return [error];
        return positions.flatMap((p, original) => (p === index ? [{ ...error, path: ['_entities', original, ...rest] }] : []));
      });
      return { ...response, data: { ...response.data, _entities: spread }, ...(errors ? { errors } : {}) };
    },
  };
}
