/** GraphQL resolvers for coverage: the answer, and who applies each instrument (read only when asked). */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { fetchCoverage } from './repository';

export const coverageResolvers: Resolvers = {
  Query: {
    async coverage(_parent, { technologyId, asOf }, context) {
      const id = args.entityId('technologyId', technologyId);
      const result = await fetchCoverage(context.db, id, args.asOfDay(asOf, context));
      if (result.kind === null) throw args.notFound('technologyId', id);
      if (result.kind !== 'TECHNOLOGY') {
        throw args.badUserInput(
          'technologyId',
          `technologyId must be the id of a TECHNOLOGY entity; "${id}" is a ${result.kind}.`,
        );
      }
      return result.coverage;
    },
  },
  Coverage: {
    appliedBy(coverage, _args, { loaders }) {
      return loaders.appliedBy.load({ id: coverage.instrument.id, asOf: coverage.asOf });
    },
  },
};
