// Depth and token limits that depend on the caller: analysts (statistics:raw) get larger ones.
// Apollo Server caches parsed and validated documents, so a per-caller limit inside a validation
// rule would let a document an analyst sent first pass for anyone afterwards: the limits are
// compared here, in didResolveOperation, on every request; only the document's own measures
// (depth, tokens), which do not depend on the caller, are remembered.
import type { ApolloServerPlugin } from '@apollo/server';
import { hasScope, type Identity, type Scope } from '@equality-graph/auth';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { GatewayContext } from './context';
import type { GatewayEnvironment } from './environment';

/** Scope whose holders (analysts, admins) get the larger depth, token and cost limits. */
export const ANALYST_SCOPE: Scope = 'statistics:raw';

/** Limits a caller's operation is held to. */
export interface CallerLimits {
  depth: number;
  tokens: number;
  cost: number;
}

type LimitEnvironment = Pick<
  GatewayEnvironment,
  'MAX_DEPTH' | 'MAX_DEPTH_ANALYST' | 'MAX_TOKENS' | 'MAX_TOKENS_ANALYST' | 'MAX_COST' | 'MAX_COST_ANALYST'
>;

/**
 * The caller's limits: the statistics:raw scope (analysts, admins) gives the larger ones. An
 * analyst's limit is never below everyone's, whatever the configuration says.
 */
export function callerLimits(env: LimitEnvironment, identity: Identity | null | undefined): CallerLimits {
  if (identity && hasScope(identity, ANALYST_SCOPE)) {
    return {
      depth: Math.max(env.MAX_DEPTH, env.MAX_DEPTH_ANALYST),
      tokens: Math.max(env.MAX_TOKENS, env.MAX_TOKENS_ANALYST),
      cost: Math.max(env.MAX_COST, env.MAX_COST_ANALYST),
    };
  }
  return { depth: env.MAX_DEPTH, tokens: env.MAX_TOKENS, cost: env.MAX_COST };
}

/** The parser's token limit: the largest any caller has; everyone else's is checked per request. */
export function parserTokenLimit(env: LimitEnvironment): number {
  return Math.max(env.MAX_TOKENS, env.MAX_TOKENS_ANALYST);
}

/**
 * Fields that wrap a connection's items and add no level of data: `edges`, `nodes` and `pageInfo`
 * of a `...Connection` type, `node` of an `...Edge` type. An analyst's `observations -> edges ->
 * node -> commune` is two levels deep, not four.
 */
function isConnectionWrapper(parent: GraphQLNamedType | undefined, field: string): boolean {
  if (!parent) return false;
  if (parent.name.endsWith('Connection')) return field === 'edges' || field === 'nodes' || field === 'pageInfo';
  return parent.name.endsWith('Edge') && field === 'node';
}

/**
 * Depth of an operation: nested fields, fragments flattened, connection wrappers not counted,
 * introspection (`__schema`, `__type`: answered from memory, gated by scope) left out.
 * Fragment depths are remembered within the walk, so a fragment spread many times is walked once
 * per parent type; a fragment already on the path (a cycle, which validation reports) adds 0.
 */
export function operationDepth(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentDepths = new Map<string, number>();
  const onPath = new Set<string>();

  const depthOf = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue;
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
        const fieldType = fields?.[name] ? getNamedType(fields[name].type) : undefined;
        const level = isConnectionWrapper(parent, name) ? 0 : 1;
        deepest = Math.max(deepest, level + depthOf(selection.selectionSet, fieldType));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        deepest = Math.max(deepest, depthOf(selection.selectionSet, type ?? undefined));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || onPath.has(name)) continue;
        let depth = fragmentDepths.get(name);
        if (depth === undefined) {
          onPath.add(name);
          depth = depthOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
          onPath.delete(name);
          fragmentDepths.set(name, depth);
        }
        deepest = Math.max(deepest, depth);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Lexical tokens of a document, counted as graphql-js's parser counts them (comments and the end left out). */
export function documentTokens(document: DocumentNode): number {
  const lexer = new Lexer(new Source(document.loc?.source.body ?? print(document)));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/**
 * A document's depth per operation and its tokens, by schema (depth reads the types) and the
 * DocumentNode Apollo hands every request with the same text: measured once, compared per request.
 */
export class DocumentMeasures {
  private bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { tokens: number; depths: Map<OperationDefinitionNode, number> }>>();

  measure(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): { depth: number; tokens: number } {
    let documents = this.bySchema.get(schema);
    if (!documents) this.bySchema.set(schema, (documents = new WeakMap()));
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { tokens: documentTokens(document), depths: new Map() }));
    let depth = entry.depths.get(operation);
    if (depth === undefined) entry.depths.set(operation, (depth = operationDepth(schema, document, operation)));
    return { depth, tokens: entry.tokens };
  }
}

/**
 * The depth no caller may pass (the analysts' limit), as a validation rule: the same for every
 * caller, so Apollo may cache its verdict, and it refuses a pathologically deep document before
 * the rest of validation reports on it. Callers without statistics:raw are held to MAX_DEPTH by
 * `callerLimitsPlugin`, per request.
 */
export function depthCeilingRule(
  env: LimitEnvironment,
  settings: { exposeLimits: boolean; code: string; genericMessage: string },
): ValidationRule {
  const ceiling = Math.max(env.MAX_DEPTH, env.MAX_DEPTH_ANALYST);
  return (context) => ({
    OperationDefinition(operation) {
      const depth = operationDepth(context.getSchema(), context.getDocument(), operation);
      if (depth <= ceiling) return;
      const message = settings.exposeLimits
        ? `The operation's depth is ${depth}, above the largest limit of ${ceiling} (${env.MAX_DEPTH} without statistics:raw)`
        : settings.genericMessage;
      context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: settings.code, limit: 'depth' } }));
    },
  });
}

/**
 * Refuses, on every request, an operation deeper or longer than the caller's limits:
 * OPERATION_LIMIT_EXCEEDED, HTTP 400, `extensions.limit` `depth` or `tokens`, before any
 * subgraph is called. The message names the caller's limit only when limits are exposed.
 */
export function callerLimitsPlugin(
  env: LimitEnvironment,
  settings: { exposeLimits: boolean; code: string; genericMessage: string },
): ApolloServerPlugin<GatewayContext> {
  const measures = new DocumentMeasures();
  const refuse = (limit: 'depth' | 'tokens', found: number, allowed: number) =>
    new GraphQLError(
      settings.exposeLimits ? `The operation's ${limit} is ${found}, above this caller's limit of ${allowed}` : settings.genericMessage,
      {
        extensions: { code: settings.code, limit, http: { status: 400 } },
      },
    );
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (!operation) return; // operationResolutionPlugin answers
          const limits = callerLimits(env, contextValue.identity);
          const { depth, tokens } = measures.measure(schema, document, operation);
          if (tokens > limits.tokens) throw refuse('tokens', tokens, limits.tokens);
          if (depth > limits.depth) throw refuse('depth', depth, limits.depth);
        },
      };
    },
  };
}
