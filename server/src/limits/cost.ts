/**
 * Cost limit: before execution, each operation is walked once (analysis.ts) for its estimated cost and argument
 * checks, and refused when the cost is over `maxCost`. The limit fails closed: when the analysis itself fails for any
 * reason other than the user's own input, the request is refused with QUERY_TOO_COMPLEX, never let through.
 *
 * An operation that declares no variables has the same cost on every request, so its cost is remembered per parsed
 * operation (Apollo hands every request with the same query text the same immutable document from its cache). Only
 * a completed analysis is remembered; the comparison with `maxCost` runs on every request, and an operation whose
 * analysis failed is analysed, and refused, again each time.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { analyseOperation, DEFAULT_INPUT_LIMITS, type InputLimits } from './analysis';
import { QUERY_TOO_COMPLEX } from './config';

export { UNBOUNDED_LIST_ESTIMATE } from './analysis';

/** The estimated cost of the named operation (or the only one) of a document; 0 when there is no such operation. */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): number {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  return operation ? analyseOperation(schema, document, operation, variables, limits) : 0;
}

function isUsersInputError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions.code;
  return code === 'BAD_USER_INPUT' || code === QUERY_TOO_COMPLEX;
}

export function costLimitPlugin<TContext extends object>(
  maxCost: number,
  inputLimits: InputLimits = DEFAULT_INPUT_LIMITS,
): ApolloServerPlugin<TContext> {
  const knownCosts = new WeakMap<OperationDefinitionNode, number>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          // Apollo has already answered a request whose operation it could not resolve (unknown operationName).
          if (!operation) return Promise.resolve();
          let cost: number;
          try {
            const known = knownCosts.get(operation);
            if (known === undefined) {
              cost = analyseOperation(schema, document, operation, request.variables, inputLimits);
              if (!operation.variableDefinitions?.length) knownCosts.set(operation, cost);
            } else {
              cost = known;
            }
          } catch (error) {
            if (isUsersInputError(error)) throw error;
            // Anything else (a library error, a value the walk did not expect) must not let the query through.
            throw new GraphQLError('The query could not be checked against the server limits, so it was refused.', {
              extensions: { code: QUERY_TOO_COMPLEX, limit: 'analysis', http: { status: 400 } },
            });
          }
          if (!(cost <= maxCost)) {
            throw new GraphQLError(
              `The query's estimated cost is ${Number.isFinite(cost) ? Math.round(cost) : 'unbounded'}; the maximum ` +
                `is ${maxCost}. Ask for fewer items (lower limit arguments) or fewer nested fields, or split the query.`,
              {
                extensions: {
                  code: QUERY_TOO_COMPLEX,
                  limit: 'cost',
                  max: maxCost,
                  actual: Number.isFinite(cost) ? Math.round(cost) : null,
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
