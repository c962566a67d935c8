/**
 * Requests for what is known of the graph: the stats, the start page's overview, every visible node's
 * relationships (so that the canvas draws all relationships among visible nodes), and expansions.
 */
import { fetchLinks, fetchNeighborhood, fetchOverview, fetchStats } from '../../api/client';
import type { EntityLinksFragment } from '../../api/gql/graphql';
import type { Bounds } from '../../state/graphData';
import { viewReducer } from '../../state/view';
import { abortable, reaction, sameItems, type Cleanup } from '../reaction';
import { run } from '../runner';
import { atlas, type AtlasState } from '../store';
import { isGroupId } from './groups';
import {
  EXPAND_CAP,
  expanded,
  openGroup,
  linksLoaded,
  mergeSubgraphs,
  OVERVIEW_LIMIT,
  toFetch,
  toNode,
} from './actions';

/** The bounds of a dated entity and of its dated relationships, by id; undated ones are left out (they always hold). */
function validityOf(entity: EntityLinksFragment): Record<string, Bounds> {
  const bounds: Record<string, Bounds> = {};
  if (entity.validity) bounds[entity.id] = entity.validity;
  for (const r of entity.relations) if (r.validity) bounds[r.id] = r.validity;
  return bounds;
}

export function loadStats(): void {
  void run(async (signal) => {
    const stats = await fetchStats(signal);
    atlas.setState({ stats });
  });
}

/** Adds a node's neighbours (of some relationship types, or all), one or two hops away, at most `limit` of them. */
export function expand(nodeId: string, types: readonly string[] | null = null, limit = EXPAND_CAP, depth = 1): void {
  void run(async (signal) => {
    const asOf = atlas.getState().history.present.asOf ?? undefined;
    const result = await fetchNeighborhood(
      { id: nodeId, depth, kinds: null, relationTypes: types ? [...types] : null, limit: limit + 1, asOf },
      signal,
    );
    atlas.setState(expanded({ nodeId, types, limit, depth }, result));
  });
}

/** Double-click or Enter on a node: a "N more" group opens, an entity expands. */
export function activate(id: string): void {
  if (isGroupId(id)) atlas.setState(openGroup(id));
  else expand(id);
}

/** As many neighbours again as the last cut-short expansion showed. */
export function loadMore(): void {
  const notice = atlas.getState().notice;
  if (notice) expand(notice.nodeId, notice.types, notice.limit + EXPAND_CAP, notice.depth);
}

/** 'cached' to show the kept overview, `fetch <day>` to ask for the overview as of another day, else null. */
function overviewWanted(state: AtlasState): string | null {
  const view = state.history.present;
  if (!view.overview) return null;
  const fresh = state.overviewIds !== null && state.overviewAsOf === view.asOf;
  if (fresh) return view.nodes.length > 0 ? null : 'cached';
  return `fetch ${view.asOf ?? ''}`;
}

/** The start page's overview of the best-connected entities, fetched once per "as of" day. */
export function overviewReaction(): Cleanup {
  return reaction(atlas, overviewWanted, (wanted, state) => {
    if (wanted === 'cached' && state.overviewIds) {
      const ids = state.overviewIds;
      atlas.setState((s) => ({ history: viewReducer(s.history, { type: 'setOverviewNodes', ids }) }));
      return undefined;
    }
    if (!wanted?.startsWith('fetch')) return undefined;
    const asOf = state.history.present.asOf;
    return abortable((abort) => {
      void run(async (signal) => {
        const overview = await fetchOverview({ limit: OVERVIEW_LIMIT, kinds: null, asOf: asOf ?? undefined }, signal);
        atlas.setState((s) => {
          const { data, ids } = mergeSubgraphs(s.data, [overview]);
          // Shown at once: an overview of another day replaces the one drawn (setOverviewNodes keeps a left view).
          const history = viewReducer(s.history, { type: 'setOverviewNodes', ids });
          return { data, overviewIds: ids, overviewAsOf: asOf, history };
        });
      }, abort);
    });
  });
}

export function linksReaction(): Cleanup {
  const inFlight = new Set<string>();
  return reaction(
    atlas,
    (state) => [state.data, state.history.present.nodes],
    (_parts, state) => {
      const ids = toFetch(state).filter((id) => !inFlight.has(id));
      if (ids.length === 0) return undefined;
      for (const id of ids) inFlight.add(id);
      void run(async (signal) => {
        try {
          const { found, missing } = await fetchLinks(ids, signal);
          atlas.setState(
            linksLoaded(
              found.map((entity) => ({
                node: toNode(entity),
                sources: entity.sources.length,
                validity: validityOf(entity),
                links: entity.relations.map((r) => ({
                  id: r.id,
                  type: r.type,
                  direction: r.direction,
                  other: toNode(r.other),
                })),
              })),
              missing,
            ),
          );
        } finally {
          for (const id of ids) inFlight.delete(id);
        }
      });
      return undefined;
    },
    sameItems,
  );
}
