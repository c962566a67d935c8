/** GraphQL resolvers for the coverage matrix and the gaps: argument checks, then the pure matrix builder. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { buildMatrix, INSTRUMENT_KINDS } from './model';
import { fetchGapReasons, fetchMatrix } from './repository';

export const MATRIX_MAX_IDS = 500;

function instrumentKinds(value: readonly string[] | null | undefined): string[] | null {
  const kinds = args.kinds('instrumentKinds', value);
  if (kinds === null) return null;
  const wrong = kinds.filter((k) => !(INSTRUMENT_KINDS as readonly string[]).includes(k));
  if (wrong.length > 0) {
    throw args.badUserInput(
      'instrumentKinds',
      `instrumentKinds may name only ${INSTRUMENT_KINDS.join(', ')}; got ${wrong.join(', ')}.`,
    );
  }
  return kinds;
}

export const matrixResolvers: Resolvers = {
  Query: {
    async coverageMatrix(_parent, { technologyIds, instrumentKinds: kinds, asOf }, context) {
      const ids =
        technologyIds === null || technologyIds === undefined
          ? null
          : [...new Set(args.entityIds('technologyIds', technologyIds, MATRIX_MAX_IDS))];
      const chosenKinds = instrumentKinds(kinds);
      const day = args.asOfDay(asOf, context);
      const data = await fetchMatrix(context.db, ids, chosenKinds, day);
      const unknown = data.refused.filter((r) => r.kind === null).map((r) => r.id);
      if (unknown.length > 0) throw args.unknownIds('technologyIds', unknown);
      const [wrong] = data.refused;
      if (wrong) {
        throw args.badUserInput(
          'technologyIds',
          `technologyIds must be ids of TECHNOLOGY entities; "${wrong.id}" is a ${wrong.kind ?? 'unknown kind'}.`,
        );
      }
      return { asOf: day, ...buildMatrix(data.rows) };
    },
    async coverageGaps(_parent, { asOf }, context) {
      const day = args.asOfDay(asOf, context);
      const { rows } = buildMatrix((await fetchMatrix(context.db, null, null, day)).rows);
      const gaps = rows.filter((r) => r.gap);
      const reasons = await fetchGapReasons(
        context.db,
        gaps.map((g) => g.technology.id),
        day,
      );
      return gaps.map((g) => ({
        technology: g.technology,
        category: g.category,
        strongest: g.strongest,
        reasons: reasons.get(g.technology.id) ?? [],
      }));
    },
  },
};
