/** GraphQL resolver for paths. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { PATHS_LIMIT, PATHS_MAX_LENGTH } from './query';
import { findPaths } from './repository';

export const pathsResolvers: Resolvers = {
  Query: {
    async paths(_parent, { from, to, maxLength, limit, relationTypes, kinds }, { db }) {
      const a = args.entityId('from', from);
      const b = args.entityId('to', to);
      if (a === b) throw args.badUserInput('to', 'from and to must be different entities.');
      const max = args.intInRange('maxLength', maxLength, PATHS_MAX_LENGTH.min, PATHS_MAX_LENGTH.max);
      const size = args.intInRange('limit', limit, PATHS_LIMIT.min, PATHS_LIMIT.max);
      const result = await findPaths(db, a, b, max, size, {
        types: args.relationTypes('relationTypes', relationTypes),
        kinds: args.kinds('kinds', kinds),
      });
      if (!result.fromExists) throw args.notFound('from', a);
      if (!result.toExists) throw args.notFound('to', b);
      return result.paths;
    },
  },
};
