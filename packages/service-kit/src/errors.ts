// The refusals every service answers with, in one message style (the argument in backticks, named
// again in `extensions.argument`), so clients see the same shape whichever subgraph refused.
import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

function error(code: ErrorCode, message: string, extra?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, extra?: Record<string, unknown>) => error('BAD_USER_INPUT', message, extra);
export const unauthenticated = (message = 'Authentication required') => error('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed') => error('FORBIDDEN', message);
export const notFound = (message: string, extra?: Record<string, unknown>) => error('NOT_FOUND', message, extra);
export const conflict = (message: string, extra?: Record<string, unknown>) => error('CONFLICT', message, extra);

/**
 * BAD_USER_INPUT about one argument, in the one message style: "`input.name` must not be empty".
 * `problem` completes the sentence after the argument's name.
 */
export function badArgument(argument: string, problem: string, extra?: Record<string, unknown>): GraphQLError {
  return badUserInput(`\`${argument}\` ${problem}`, { argument, ...extra });
}

/** NOT_FOUND for a record asked by key: "Unknown publication <id>". */
export function unknownRecord(kind: string, key: string): GraphQLError {
  return notFound(`Unknown ${kind} ${key}`);
}

/** FORBIDDEN for a signed-in reader lacking a scope, naming the scope (not the data). */
export function missingScope(scope: string): GraphQLError {
  return forbidden(`Requires the \`${scope}\` scope`);
}
