/**
 * The `Date` scalar (an ISO calendar day, `YYYY-MM-DD`) and the server's "today". A day is kept as its ISO string,
 * which compares in calendar order; checking it is the domain's `isIsoDay`, so the API and the data agree on what a
 * day is. "As of" answers default to today, the current UTC day, read through the context so tests can fix it.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDay } from '#domain';

function invalidDay(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  return new GraphQLError(`A Date must be an ISO calendar day (YYYY-MM-DD) that exists, got ${shown}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** An ISO day unchanged, or a BAD_USER_INPUT GraphQLError. */
export function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDay(value)) throw invalidDay(value);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar day, YYYY-MM-DD.',
  serialize: (value) => parseDay(value),
  parseValue: (value) => parseDay(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalidDay(ast.kind);
    return parseDay(ast.value);
  },
});

/** The current UTC day. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
