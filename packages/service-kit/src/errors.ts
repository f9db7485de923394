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
export const notFound = (message: string) => error('NOT_FOUND', message);
export const conflict = (message: string) => error('CONFLICT', message);
