/** GraphQL resolver for paths. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { BIBLIOGRAPHIC_RELATION_TYPES, PATHS_LIMIT, PATHS_MAX_LENGTH, pathsAsk } from './query';
import { findPaths } from './repository';

export const pathsResolvers: Resolvers = {
  Query: {
    async paths(_parent, { from, to, maxLength, limit, relationTypes, excludeRelationTypes, kinds, asOf }, context) {
      const { db } = context;
      const day = args.asOfDay(asOf, context);
      const a = args.entityId('from', from);
      const b = args.entityId('to', to);
      if (a === b) throw args.badUserInput('to', 'from and to must be different entities.');
      const max = args.intInRange('maxLength', maxLength, PATHS_MAX_LENGTH.min, PATHS_MAX_LENGTH.max);
      const size = args.intInRange('limit', limit, PATHS_LIMIT.min, PATHS_LIMIT.max);
      const types = args.relationTypes('relationTypes', relationTypes);
      const excludeTypes = args.relationTypes('excludeRelationTypes', excludeRelationTypes);
      const kindFilter = args.kinds('kinds', kinds);
      const result = await findPaths(
        db,
        pathsAsk(
          { from: a, to: b, maxLength: max, limit: size, asOf: day },
          { types, excludeTypes, kinds: kindFilter },
        ),
      );
      if (!result.fromExists) throw args.notFound('from', a);
      if (!result.toExists) throw args.notFound('to', b);
      return { paths: result.paths, skippedHubs: result.skippedHubs };
    },
  },
  PathsAnswer: {
    sampled: (answer) => answer.skippedHubs.length > 0,
  },
  Path: {
    throughCitations: (path) => path.edges.some((edge) => BIBLIOGRAPHIC_SET.has(edge.type)),
  },
};

const BIBLIOGRAPHIC_SET: ReadonlySet<string> = new Set(BIBLIOGRAPHIC_RELATION_TYPES);
