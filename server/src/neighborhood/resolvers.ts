/** GraphQL resolver for neighborhood. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { NEIGHBORHOOD_DEPTH, NEIGHBORHOOD_LIMIT } from './query';
import { fetchNeighborhood } from './repository';

export const neighborhoodResolvers: Resolvers = {
  Query: {
    async neighborhood(_parent, { id, depth, kinds, relationTypes, limit, asOf }, context) {
      const root = args.entityId('id', id);
      const d = args.intInRange('depth', depth, NEIGHBORHOOD_DEPTH.min, NEIGHBORHOOD_DEPTH.max);
      const size = args.intInRange('limit', limit, NEIGHBORHOOD_LIMIT.min, NEIGHBORHOOD_LIMIT.max);
      const row = await fetchNeighborhood(
        context.db,
        root,
        d,
        args.kinds('kinds', kinds),
        args.relationTypes('relationTypes', relationTypes),
        size,
        args.asOfDay(asOf, context),
      );
      if (!row) throw args.notFound('id', root);
      return row;
    },
  },
};
