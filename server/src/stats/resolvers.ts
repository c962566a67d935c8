/** GraphQL resolvers for graphStats. */
import type { Resolvers, EntityKind } from '../graphql/resolvers.generated';
import { fetchGraphStats } from './repository';

export const statsResolvers: Resolvers = {
  Query: {
    async graphStats(_parent, _args, { db }) {
      const stats = await fetchGraphStats(db);
      return { ...stats, byKind: stats.byKind.map((k) => ({ kind: k.kind as EntityKind, count: k.count })) };
    },
  },
};
