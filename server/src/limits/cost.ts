/**
 * Cost limit: before execution, each operation's cost is estimated with graphql-query-complexity and compared with
 * `maxCost`. The estimate approximates "values returned plus database round trips":
 *   cost(field) = base + multiplier × cost(children)
 * where base is 10 for a root field that runs a database query, 50 for Entity.relations (one more round trip per
 * entity it is asked on, so it must not be cheap inside a large list) and 1 otherwise, and the
 * multiplier is the field's `limit` (or `first`) argument with the schema default applied, or a fixed estimate for
 * lists without one (Entity.relations, coverage, the generated list queries' @limit default), or 1.
 * Introspection costs nothing.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, isListType, getNullableType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity/cjs';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { GENERATED_LIMIT } from '../generated/typeDefs';
import { QUERY_TOO_COMPLEX } from './config';

/** How many items a list without a size argument is assumed to hold. */
export const UNBOUNDED_LIST_ESTIMATE = 20;
const DATABASE_FIELD_COST = 10;
const RELATIONS_FIELD_COST = 50;
const FREE_ROOT_FIELDS = new Set(['relationTypes']);

export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) return 0;
  const onQuery = type.name === 'Query';
  const relations = type.name === 'Entity' && field.name === 'relations';
  const hitsDatabase = (onQuery && !FREE_ROOT_FIELDS.has(field.name)) || relations;
  const sizeArg: unknown = args.limit ?? args.first;
  let multiplier = 1;
  if (typeof sizeArg === 'number' && Number.isFinite(sizeArg)) {
    multiplier = Math.max(1, sizeArg);
  } else if (onQuery && field.name.endsWith('Connection')) {
    multiplier = GENERATED_LIMIT.default;
  } else if (hitsDatabase && isListType(getNullableType(field.type))) {
    multiplier = UNBOUNDED_LIST_ESTIMATE;
  }
  const base = relations ? RELATIONS_FIELD_COST : hitsDatabase ? DATABASE_FIELD_COST : 1;
  return base + multiplier * childComplexity;
};

export function estimateCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [costEstimator],
  });
}

export function costLimitPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables, request.operationName ?? undefined);
          } catch (error) {
            // Invalid variables: execution reports them with a precise message. Anything else is a bug.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `The query's estimated cost is ${cost}; the maximum is ${maxCost}. ` +
                'Ask for fewer items (lower limit arguments) or fewer nested fields, or split the query.',
              {
                extensions: {
                  code: QUERY_TOO_COMPLEX,
                  limit: 'cost',
                  max: maxCost,
                  actual: cost,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
