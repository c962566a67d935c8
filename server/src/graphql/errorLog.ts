/**
 * Logs every GraphQL error on the server with its stack and cause (clients only get a code and a message):
 * user errors at debug, an unavailable database at warn, anything else at error. Lines carry the request id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, toDatabaseError } from '../db/errors';
import type { GraphQLContext } from './context';

const USER_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function describe(error: GraphQLError) {
  const original = toDatabaseError(unwrapResolverError(error));
  const cause = original instanceof Error ? original.cause : undefined;
  return {
    original,
    fields: {
      code: typeof error.extensions.code === 'string' ? error.extensions.code : undefined,
      message: error.message,
      path: error.path?.join('.'),
      err: original instanceof Error ? original : undefined,
      ...(cause instanceof Error
        ? { cause: { message: cause.message, code: (cause as { code?: unknown }).code } }
        : {}),
    },
  };
}

export function errorLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const { original, fields } = describe(error);
            const line = { ...fields, operationName };
            if (original instanceof DatabaseUnavailableError) contextValue.log.warn(line, 'graphql error');
            else if (fields.code && USER_CODES.has(fields.code)) contextValue.log.debug(line, 'graphql error');
            else contextValue.log.error(line, 'graphql error');
          }
          return Promise.resolve();
        },
      });
    },
  };
}
