/** GraphQL resolvers for the start view. */
import { GraphQLError } from 'graphql';
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import type { EdgeRecord, EntityRecord } from '../entity/model';
import { overviewQuery } from './query';

export const overviewResolvers: Resolvers = {
  Query: {
    async overview(_parent, { limit, kinds, asOf }, context) {
      const size = limit;
      if (!Number.isInteger(size) || size < 1 || size > 500) {
        throw new GraphQLError(`limit must be between 1 and 500, got ${size}.`, {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'limit' },
        });
      }
      const [row] = await context.db.read<{ nodes: EntityRecord[]; edges: EdgeRecord[]; truncated: boolean }>(
        overviewQuery(size, kinds ?? null, args.asOfDay(asOf, context)),
      );
      // The start view ranks every entity by degree and expands no one, so it never samples.
      return { nodes: row?.nodes ?? [], edges: row?.edges ?? [], truncated: row?.truncated ?? false, sampled: false };
    },
  },
};
