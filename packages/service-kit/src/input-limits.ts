// Caps on list sizes and string lengths in arguments, checked by the gateway and again in every
// subgraph before resolvers run; the kit holds the one walk both use.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isSpecifiedScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { SubgraphEnvironment } from './environment';

/**
 * Size caps on what a client puts in an operation's arguments, checked before anything runs:
 * a 200,000-item filter list cost seconds of PostgreSQL time (`= ANY($1)` scans every row
 * against every item) while the cost estimate, which reads only the selection, saw nothing.
 * The gateway and every subgraph run the same walk, so a subgraph reached with a valid
 * internal token refuses what the gateway would have.
 */
export interface InputLimits {
  /** Items in one list value (each nested list is counted on its own). */
  maxListItems: number;
  /** Characters (UTF-16 code units, as JavaScript counts them) in one string. */
  maxStringLength: number;
  /** Caps replacing the general ones at an argument (`Type.field(arg:)`) or input field (`Input.field`). */
  exceptions?: InputLimitExceptions;
}

export interface InputLimitExceptions {
  listItems?: Readonly<Record<string, number>>;
  stringLength?: Readonly<Record<string, number>>;
}

export const DEFAULT_MAX_LIST_INPUT_ITEMS = 100;
export const DEFAULT_MAX_STRING_INPUT_LENGTH = 10_000;
/**
 * `_entities(representations:)` is filled by the gateway with one entry per object at a path,
 * not de-duplicated. The widest path the analyst cost budget (50,000) allows is 100 sessions
 * (MAX_PAGE_SIZE) x 99 enrolments each x their session's commune: 9,900 (cost 49,801); the
 * usual big one is 100 directory entries x 36 communes = 3,600.
 */
export const DEFAULT_MAX_ENTITY_REPRESENTATIONS = 10_000;
export const ENTITIES_ARGUMENT = 'Query._entities(representations:)';

/**
 * The graph's inputs that legitimately exceed the general caps, read by the gateway and every
 * subgraph alike (a coordinate absent from a schema is simply unused there), so the gateway
 * never lets through what a subgraph would refuse.
 */
export const INPUT_LIMIT_EXCEPTIONS: Required<InputLimitExceptions> = {
  listItems: {
    // One entry per enrolment of a session, and a session seats up to 500 (training's sessions.ts).
    'Mutation.recordAttendance(attendance:)': 500,
  },
  stringLength: {
    // A whole SSMSI CSV file: the importer enforces IMPORT_MAX_BYTES, the body limits come first.
    'ImportObservationsInput.csv': Number.POSITIVE_INFINITY,
    // A partner-figures file and an INSEE populations file: the importers enforce IMPORT_MAX_BYTES.
    'Mutation.importPartnerFigures(csv:)': Number.POSITIVE_INFINITY,
    'ImportPopulationsInput.csv': Number.POSITIVE_INFINITY,
  },
};

/** A subgraph's caps: its environment's, `_entities` under its own, the graph's exceptions. */
export function subgraphInputLimits(
  env: Pick<SubgraphEnvironment, 'MAX_LIST_INPUT_ITEMS' | 'MAX_STRING_INPUT_LENGTH' | 'MAX_ENTITY_REPRESENTATIONS'>,
): InputLimits {
  return {
    maxListItems: env.MAX_LIST_INPUT_ITEMS ?? DEFAULT_MAX_LIST_INPUT_ITEMS,
    maxStringLength: env.MAX_STRING_INPUT_LENGTH ?? DEFAULT_MAX_STRING_INPUT_LENGTH,
    exceptions: {
      listItems: {
        ...INPUT_LIMIT_EXCEPTIONS.listItems,
        [ENTITIES_ARGUMENT]: env.MAX_ENTITY_REPRESENTATIONS ?? DEFAULT_MAX_ENTITY_REPRESENTATIONS,
      },
      stringLength: INPUT_LIMIT_EXCEPTIONS.stringLength,
    },
  };
}

export type InputLimitKind = 'listItems' | 'stringLength' | 'nulCharacter';

export interface InputLimitViolation {
  kind: InputLimitKind;
  /** Where in the arguments, e.g. `filter.communes` (list positions left out). */
  argument: string;
  /** The size found and the cap it exceeds (absent for a NUL character). */
  size?: number;
  limit?: number;
}

/** Raised by the walk at the first violation: nothing past it needs reading. */
class ViolationFound extends Error {
  constructor(readonly violation: InputLimitViolation) {
    super(violation.kind);
  }
}

const NUL = '\u0000';

/**
 * The first input of `operation` that breaks a cap, or undefined. Walks every argument of
 * every field and directive the operation reaches (its fragments included): inline literals,
 * and variables with the JSON the client sent (or the variable's default), against the
 * argument's type, down through input objects and lists. A list's length is checked before
 * any of its items is read, so a refused list costs one comparison.
 */
export function findInputLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  limits: InputLimits,
): InputLimitViolation | undefined {
  const walker = new InputWalker(limits, operation, variables ?? {});
  const typeInfo = new TypeInfo(schema);
  try {
    for (const definition of reachableDefinitions(document, operation)) {
      visit(
        definition,
        visitWithTypeInfo(typeInfo, {
          Argument(node) {
            const argument = typeInfo.getArgument();
            if (!argument) return; // unknown argument: validation has refused it
            const directive = typeInfo.getDirective();
            const owner = directive ? `@${directive.name}` : `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
            walker.literal(node.value, argument.type, `${owner}(${argument.name}:)`, argument.name);
          },
        }),
      );
    }
  } catch (error) {
    if (error instanceof ViolationFound) return error.violation;
    throw error;
  }
  return undefined;
}

/** The operation and the fragments it spreads, directly or through other fragments. */
function reachableDefinitions(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): (OperationDefinitionNode | FragmentDefinitionNode)[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < reached.length; i++) {
    visit(reached[i], {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          reached.push(fragment);
        }
      },
    });
  }
  return reached;
}

class InputWalker {
  private readonly listCaps: Readonly<Record<string, number>>;
  private readonly stringCaps: Readonly<Record<string, number>>;
  private readonly defaults = new Map<string, ValueNode>();

  constructor(
    private readonly limits: InputLimits,
    operation: OperationDefinitionNode,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {
    this.listCaps = limits.exceptions?.listItems ?? {};
    this.stringCaps = limits.exceptions?.stringLength ?? {};
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) this.defaults.set(definition.variable.name.value, definition.defaultValue);
    }
  }

  /** A value written in the document; `coordinate` names the argument or input field for exceptions. */
  literal(node: ValueNode, type: GraphQLInputType, coordinate: string | undefined, path: string): void {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.prototype.hasOwnProperty.call(this.variables, name)) this.json(this.variables[name], type, coordinate, path);
      else {
        const fallback = this.defaults.get(name);
        if (fallback) this.literal(fallback, type, coordinate, path);
      }
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (node.kind !== Kind.LIST) return this.literal(node, nullable.ofType, undefined, path); // one item stands for a list of one
      this.count(node.values.length, coordinate, path);
      for (const item of node.values) this.literal(item, nullable.ofType, undefined, path);
    } else if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition) this.literal(field.value, definition.type, `${nullable.name}.${definition.name}`, `${path}.${definition.name}`);
      }
    } else if (isEnumType(nullable) || isSpecifiedScalarType(nullable)) {
      if (node.kind === Kind.STRING) this.text(node.value, coordinate, path);
    } else {
      this.anyLiteral(node, path);
    }
  }

  /** A variable's value as the client sent it (JSON), read against the type of where it is used. */
  private json(value: unknown, type: GraphQLInputType, coordinate: string | undefined, path: string): void {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return this.json(value, nullable.ofType, undefined, path);
      this.count(value.length, coordinate, path);
      for (const item of value) this.json(item, nullable.ofType, undefined, path);
    } else if (isInputObjectType(nullable)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      // The type's fields, not the value's keys: unknown keys are refused by coercion, unread.
      for (const definition of Object.values(nullable.getFields())) {
        if (Object.prototype.hasOwnProperty.call(value, definition.name)) {
          const field = (value as Record<string, unknown>)[definition.name];
          this.json(field, definition.type, `${nullable.name}.${definition.name}`, `${path}.${definition.name}`);
        }
      }
    } else if (isEnumType(nullable) || isSpecifiedScalarType(nullable)) {
      if (typeof value === 'string') this.text(value, coordinate, path);
    } else {
      this.anyJson(value, path);
    }
  }

  /**
   * A custom scalar (`_Any` representations) holds arbitrary JSON: every list and string in it
   * is capped. Iterative, because nesting depth is the client's choice.
   */
  private anyJson(root: unknown, path: string): void {
    const pending: unknown[] = [root];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value === 'string') this.text(value, undefined, path);
      else if (Array.isArray(value)) {
        this.count(value.length, undefined, path);
        pending.push(...value);
      } else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          this.text(key, undefined, path);
          pending.push(inner);
        }
      }
    }
  }

  private anyLiteral(root: ValueNode, path: string): void {
    const pending: ValueNode[] = [root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (node.kind === Kind.STRING) this.text(node.value, undefined, path);
      else if (node.kind === Kind.LIST) {
        this.count(node.values.length, undefined, path);
        pending.push(...node.values);
      } else if (node.kind === Kind.OBJECT) pending.push(...node.fields.map((field) => field.value));
      else if (node.kind === Kind.VARIABLE && Object.prototype.hasOwnProperty.call(this.variables, node.name.value)) {
        this.anyJson(this.variables[node.name.value], path);
      }
    }
  }

  private count(items: number, coordinate: string | undefined, path: string): void {
    const limit = (coordinate !== undefined ? this.listCaps[coordinate] : undefined) ?? this.limits.maxListItems;
    if (items > limit) throw new ViolationFound({ kind: 'listItems', argument: path, size: items, limit });
  }

  private text(value: string, coordinate: string | undefined, path: string): void {
    const limit = (coordinate !== undefined ? this.stringCaps[coordinate] : undefined) ?? this.limits.maxStringLength;
    if (value.length > limit) throw new ViolationFound({ kind: 'stringLength', argument: path, size: value.length, limit });
    // PostgreSQL refuses NUL in text, which surfaced as an internal error.
    if (value.includes(NUL)) throw new ViolationFound({ kind: 'nulCharacter', argument: path });
  }
}

/** The client-facing wording of a violation; `exposeLimits` decides whether the caps are named. */
export function describeInputLimitViolation(violation: InputLimitViolation, exposeLimits: boolean): string {
  const where = `\`${violation.argument}\``;
  switch (violation.kind) {
    case 'nulCharacter':
      return `${where} contains a NUL character (\\u0000), which no text may hold`;
    case 'listItems':
      return exposeLimits
        ? `${where} holds ${violation.size} items; at most ${violation.limit} are accepted`
        : `${where} holds too many items`;
    case 'stringLength':
      return exposeLimits
        ? `${where} is ${violation.size} characters long; at most ${violation.limit} are accepted`
        : `${where} is too long`;
  }
}

/**
 * The subgraph side: refuses an operation whose inputs break a cap with BAD_USER_INPUT (HTTP
 * 400) before any resolver runs. Only the gateway reaches a subgraph, so the message names
 * the caps.
 */
export function inputLimitsPlugin<C extends BaseContext>(limits: InputLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo answers an unknown operation name itself
          const violation = findInputLimitViolation(schema, document, operation, request.variables, limits);
          if (!violation) return;
          throw new GraphQLError(describeInputLimitViolation(violation, true), {
            // `inputLimit`, not `limit`: the gateway reads `limit` as its own OPERATION_LIMIT_EXCEEDED.
            extensions: { code: 'BAD_USER_INPUT', argument: violation.argument, inputLimit: violation.kind, http: { status: 400 } },
          });
        },
      };
    },
  };
}
