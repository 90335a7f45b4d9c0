import { defaultMessages, type ErrorCode } from '@klageportal/kit';
import { GraphQLError } from 'graphql';

/** Turns an expected refusal into a GraphQL error with a stable `extensions.code`. */
export function refuse(code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, message?: string): never {
  throw new GraphQLError(message ?? defaultMessages[code], { extensions: { code } });
}
