// The `@access` directive's rules and their enforcement in every subgraph, kept in the kit so the
// three services check scopes with the same code the supergraph publishes.
import {
  defaultFieldResolver,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  valueFromASTUntyped,
} from 'graphql';
import type { Identity } from '@equality-graph/auth';
import { forbidden, unauthenticated } from './errors';

/**
 * `@access` is this project's own authorization directive, with the semantics of Apollo's
 * `@authenticated` + `@requiresScopes` (which @apollo/gateway refuses to load). It is
 * published in the supergraph with @composeDirective and enforced here, in each subgraph.
 */
export const ACCESS_SPEC_URL = 'https://equality-graph.hauts-de-seine.fr/access/v1.0';

export interface AccessRule {
  authenticated: boolean;
  /** OR across the outer list, AND within each inner list. Empty = no scope needed. */
  scopes: string[][];
}

function ruleFrom(directives: readonly ConstDirectiveNode[] | undefined): AccessRule | null {
  const node = directives?.find((d) => d.name.value === 'access');
  if (!node) return null;
  const args = Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
  const scopes = Array.isArray(args.scopes) ? (args.scopes as string[][]) : [];
  return { authenticated: args.authenticated === true || scopes.length > 0, scopes };
}

export function allows(rule: AccessRule, identity: Identity): boolean {
  if (rule.authenticated && !identity.sub) return false;
  if (rule.scopes.length === 0) return true;
  const held = new Set<string>(identity.scopes);
  return rule.scopes.some((all) => all.every((scope) => held.has(scope)));
}

/** Throws UNAUTHENTICATED for an anonymous reader, FORBIDDEN for a signed-in one lacking scopes. */
export function assertAllowed(rule: AccessRule, identity: Identity): void {
  if (allows(rule, identity)) return;
  throw identity.sub ? forbidden('You do not have access to this field') : unauthenticated();
}

/**
 * Wraps, in place, every field that carries `@access` or whose type does; a field of a
 * protected type must pass both rules. In place because @apollo/subgraph keeps entity
 * resolvers on the type objects, which a rebuilt schema would drop.
 */
export function enforceAccess<C extends { identity: Identity }>(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRule = ruleFrom([...(type.astNode?.directives ?? []), ...type.extensionASTNodes.flatMap((n) => n.directives ?? [])]);
    for (const field of Object.values(type.getFields())) {
      const rules = [typeRule, ruleFrom(field.astNode?.directives)].filter((r): r is AccessRule => r !== null);
      if (rules.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: C, info) => {
        for (const rule of rules) assertAllowed(rule, context.identity);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
