/** GraphQL resolver for search: validates the arguments, then one Cypher query. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { SEARCH_LIMIT, SEARCH_TEXT_MAX_LENGTH } from './query';
import { searchEntities } from './repository';

export const searchResolvers: Resolvers = {
  Query: {
    async search(_parent, { text, kinds, limit }, { db }) {
      const query = args.nonBlankText('text', text, SEARCH_TEXT_MAX_LENGTH);
      const size = args.intInRange('limit', limit, SEARCH_LIMIT.min, SEARCH_LIMIT.max);
      const hits = await searchEntities(db, query, args.kinds('kinds', kinds), size);
      return hits.map((hit) => hit.entity);
    },
  },
};
