import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './codes.js';
import type { Logger } from './logger.js';

export const defaultMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'You must log in to see this.',
  FORBIDDEN: 'You may not do this.',
  NOT_FOUND: 'Not found.',
  BAD_USER_INPUT: 'The input is not valid.',
  RATE_LIMITED: 'Too many requests. Try again later.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side.',
};

/**
 * Error masking: expected errors keep their code and message, and a `reason` when it is a
 * stable code too (e.g. FORBIDDEN because TWO_LAWYERS); anything else is logged with the request
 * id and leaves as a bare INTERNAL_SERVER_ERROR, with no stack, SQL or internal name.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isExpected(code)) {
    const reason = formatted.extensions?.reason;
    const extensions =
      typeof reason === 'string' && /^[A-Z][A-Z_]{0,63}$/.test(reason) ? { code, reason } : { code };
    return { message: formatted.message, path: formatted.path, extensions };
  }
  return {
    message: defaultMessages.INTERNAL_SERVER_ERROR,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Codes set on purpose (ours and Apollo's own request errors); everything else is unexpected. */
export function isExpected(code: unknown): code is string {
  return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** Logs unexpected errors with the request's logger (so with its request id), never the variables. */
export function logUnexpected(log: Logger, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    if (isExpected(error.extensions?.code)) continue;
    log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in resolver');
  }
}
