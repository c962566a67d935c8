import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, toDatabaseError } from '../../server/src/db/errors';
import { formatError } from '../../server/src/graphql/errors';

const formatted = (message: string, code: string) => ({
  message,
  path: ['search'],
  extensions: { code, stacktrace: ['Error: x', '    at server/src/x.ts:1:1'] },
});

describe('client-facing errors', () => {
  it('turns an unreachable or slow database into SERVICE_UNAVAILABLE with a readable message', () => {
    const down = toDatabaseError(
      new Neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'N/A', 'N/A'),
    );
    expect(down).toBeInstanceOf(DatabaseUnavailableError);
    const slow = toDatabaseError(
      new Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'N/A', 'N/A'),
    );
    expect((slow as Error).message).toBe('The graph database took too long to answer.');
    const result = formatError(false)(formatted('connect ECONNREFUSED', 'INTERNAL_SERVER_ERROR'), down);
    expect(result).toEqual({
      message: 'The graph database cannot be reached right now. Please try again in a moment.',
      path: ['search'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('maps raw driver errors too (as @neo4j/graphql throws them)', () => {
    const raw = new Neo4jError('Connection was closed by server', 'SessionExpired', 'N/A', 'N/A');
    expect(formatError(false)(formatted('x', 'INTERNAL_SERVER_ERROR'), raw).extensions?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('hides internal errors (a Cypher syntax error is a bug) outside development mode', () => {
    const bug = new Neo4jError(
      'Invalid input: MATCH (n:Entity {id: $id}',
      'Neo.ClientError.Statement.SyntaxError',
      'N/A',
      'N/A',
    );
    const result = formatError(false)(formatted('Invalid input: MATCH (n:Entity', 'INTERNAL_SERVER_ERROR'), bug);
    expect(result).toEqual({
      message: 'Something went wrong on the server. The error has been logged.',
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError(true)(formatted('Invalid input: MATCH', 'INTERNAL_SERVER_ERROR'), bug).message).toContain(
      'MATCH',
    );
  });

  it('keeps public codes and messages but drops stack traces', () => {
    const error = new GraphQLError('depth must be between 1 and 3, got 5.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'depth' },
    });
    const result = formatError(false)(
      {
        ...formatted(error.message, 'BAD_USER_INPUT'),
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'depth', stacktrace: [] },
      },
      error,
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
  });

  it('keeps QUERY_TOO_COMPLEX on limit rules that Apollo reports as validation failures', () => {
    const rule = new GraphQLError('The query is nested 12 levels deep; the maximum is 10.', {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth' },
    });
    const wrapped = new GraphQLError(rule.message, {
      originalError: rule,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' },
    });
    const result = formatError(false)(formatted(rule.message, 'GRAPHQL_VALIDATION_FAILED'), wrapped);
    expect(result.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.extensions).not.toHaveProperty('stacktrace');
  });
});
