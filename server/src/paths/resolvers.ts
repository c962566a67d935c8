/** GraphQL resolver for paths. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { BIBLIOGRAPHIC_RELATION_TYPES, PATHS_LIMIT, PATHS_MAX_LENGTH } from './query';
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
      // Unfiltered, a path search would be dominated by bibliography ("A is cited by the report, which cites B").
      const defaulted = types === null && excludeTypes === null;
      let result = await findPaths(
        db,
        a,
        b,
        max,
        size,
        {
          types,
          excludeTypes: defaulted ? [...BIBLIOGRAPHIC_RELATION_TYPES] : excludeTypes,
          kinds: kindFilter,
        },
        day,
      );
      if (!result.fromExists) throw args.notFound('from', a);
      if (!result.toExists) throw args.notFound('to', b);
      if (defaulted && result.paths.length === 0) {
        result = await findPaths(db, a, b, max, size, { types, excludeTypes: null, kinds: kindFilter }, day);
      }
      return result.paths;
    },
  },
  Path: {
    throughCitations: (path) => path.edges.some((edge) => BIBLIOGRAPHIC_SET.has(edge.type)),
  },
};

const BIBLIOGRAPHIC_SET: ReadonlySet<string> = new Set(BIBLIOGRAPHIC_RELATION_TYPES);
