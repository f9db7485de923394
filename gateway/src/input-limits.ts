// The gateway's list and string input caps, checked before planning with the kit's walk (the
// subgraphs check again with the same code).
import {
  INPUT_LIMIT_EXCEPTIONS,
  describeInputLimitViolation,
  findInputLimitViolation,
  type InputLimits,
} from '@equality-graph/service-kit';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { GatewayEnvironment } from './environment';

export function gatewayInputLimits(env: Pick<GatewayEnvironment, 'MAX_LIST_INPUT_ITEMS' | 'MAX_STRING_INPUT_LENGTH'>): InputLimits {
  return { maxListItems: env.MAX_LIST_INPUT_ITEMS, maxStringLength: env.MAX_STRING_INPUT_LENGTH, exceptions: INPUT_LIMIT_EXCEPTIONS };
}

/**
 * Refuses, before planning, an operation whose arguments break an input cap (the walk is the
 * kit's, shared with the subgraphs). A list or string too large is a limit of this API like
 * depth or cost: OPERATION_LIMIT_EXCEEDED with `extensions.limit`, the caps named only where
 * limits are exposed, so clients handle every "too big" the same way. A NUL character is not
 * a size but text no field can hold: BAD_USER_INPUT, as the subgraphs would answer.
 */
export function assertInputsWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  limits: InputLimits,
  exposeLimits: boolean,
  limitCode: string,
): void {
  const violation = findInputLimitViolation(schema, document, operation, variables, limits);
  if (!violation) return;
  const message = describeInputLimitViolation(violation, exposeLimits);
  const extensions =
    violation.kind === 'nulCharacter'
      ? { code: 'BAD_USER_INPUT', argument: violation.argument }
      : { code: limitCode, limit: violation.kind, argument: violation.argument };
  throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}
