/**
 * Error shaping for clients: every error gets a stable extensions.code, and nothing internal
 * (stack traces, Cypher, driver messages) leaves the server outside development mode.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, toDatabaseError } from '../db/errors';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'OPERATION_NOT_ALLOWED',
]);

function limitCode(error: unknown): boolean {
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  return inner instanceof GraphQLError && inner.extensions.code === 'QUERY_TOO_COMPLEX';
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Driver errors also reach here raw from @neo4j/graphql's generated resolvers.
    const original = toDatabaseError(unwrapResolverError(error));
    if (original instanceof DatabaseUnavailableError) {
      return {
        message: `${original.message} Please try again in a moment.`,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    let code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    // Apollo labels every validation-rule error GRAPHQL_VALIDATION_FAILED; the limit rules keep their own code.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && limitCode(error)) {
      code = 'QUERY_TOO_COMPLEX';
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    // The parser's token limit (parseOptions.maxTokens) is a size limit like the others.
    if (
      code === 'GRAPHQL_PARSE_FAILED' &&
      /^Syntax Error: Document contains more th\w+ \d+ tokens/.test(formatted.message)
    ) {
      code = 'QUERY_TOO_COMPLEX';
      formatted = { ...formatted, extensions: { ...formatted.extensions, code, limit: 'tokens' } };
    }
    if (PUBLIC_CODES.has(code)) {
      if (development) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (development) return formatted;
    return {
      message: 'Something went wrong on the server. The error has been logged.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
