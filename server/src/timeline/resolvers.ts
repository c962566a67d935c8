/** GraphQL resolver for the timeline: checks the arguments, reads the dated facts, orders their changes. */
import * as args from '../graphql/args';
import type { Resolvers } from '../graphql/resolvers.generated';
import { timelineEvents } from './events';
import { fetchTimeline } from './repository';

export const TIMELINE_MAX_IDS = 1000;
export const TIMELINE_LIMIT = { min: 1, max: 1000 } as const;

export const timelineResolvers: Resolvers = {
  Query: {
    async timeline(_parent, { ids, from, to, limit }, { db }) {
      const selection = ids === null || ids === undefined ? null : [...new Set(timelineIds(ids))];
      const size = args.intInRange('limit', limit, TIMELINE_LIMIT.min, TIMELINE_LIMIT.max);
      if (from && to && to < from) throw args.badUserInput('to', `to (${to}) must not be before from (${from}).`);
      const data = await fetchTimeline(db, selection);
      if (data.missing.length > 0) throw args.unknownIds('ids', data.missing);
      const { events, truncated } = timelineEvents(
        data.entities,
        data.relationships,
        { from: from ?? null, to: to ?? null },
        size,
      );
      return { events, truncated: truncated || data.capped };
    },
  },
};

/** 0..1000 non-blank ids (an empty list asks about nothing and gets no events). */
function timelineIds(ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : args.entityIds('ids', ids, TIMELINE_MAX_IDS);
}
