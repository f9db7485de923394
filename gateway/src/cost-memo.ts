// Operation costs remembered per parsed document and variables: Apollo Server hands every request
// with the same text the same DocumentNode (its document store), so the cost walk runs once.
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** Distinct variable sets remembered per document: a client paging or filtering varies them. */
const PER_DOCUMENT = 256;

/**
 * Costs by schema (a supergraph reload starts afresh), document and (operation name, variables).
 * Only operations whose inputs passed the limits are remembered, so a hit skips both checks.
 */
export class CostMemo {
  private bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

  private key(operationName: string | null | undefined, variables: unknown): string {
    return `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  }

  get(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: unknown): number | undefined {
    return this.bySchema.get(schema)?.get(document)?.get(this.key(operationName, variables));
  }

  set(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: unknown, cost: number): void {
    let documents = this.bySchema.get(schema);
    if (!documents) this.bySchema.set(schema, (documents = new WeakMap()));
    let costs = documents.get(document);
    if (!costs) documents.set(document, (costs = new Map()));
    // Oldest first out, so a client walking through variables cannot grow it without bound.
    if (costs.size >= PER_DOCUMENT) costs.delete(costs.keys().next().value ?? '');
    costs.set(this.key(operationName, variables), cost);
  }
}
