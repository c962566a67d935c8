/** Pure changes of the Paths tool: a search started, its paths arrived, a path focused, the type filter changed. */
import type { PathResult, SkippedHub } from '../../api/client';
import { pathFilterKey, type PathTypeFilter } from '../../domain/pathFilter';
import type { Lang } from '../../state/types';
import { viewReducer, type ViewAction } from '../../state/view';
import { mergeSubgraphs } from '../graph/actions';
import { keptNodes } from '../results/pinned';
import type { AtlasState, Update } from '../store';

export const MAX_PATH_LENGTH = 6;
export const PATHS_LIMIT = 5;

export interface PathsState {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  readonly lang: Lang;
  /** The day the paths are as of (null: today). */
  readonly asOf: string | null;
  readonly results: readonly PathResult[] | null;
  /** Hubs the search did not walk through, whose paths may be missing from `results` (empty while loading). */
  readonly skippedHubs: readonly SkippedHub[];
  /** pathFilterKey of the search: the relationship types it left out. */
  readonly filterKey: string;
}

export interface PathSearch {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  readonly lang: Lang;
  /** The day the paths are as of (null: today). */
  readonly asOf: string | null;
}

/** The Paths tool's type filter together with the legend's hidden relationship types. */
export function currentFilterKey(state: AtlasState): string {
  return pathFilterKey(state.pathFilter, state.history.present.hiddenRelTypes);
}

/** A search from the Paths tool: the panel shows it loading at once. */
export function pathsStarted(search: PathSearch): Update {
  return (state) => ({
    focusedPath: null,
    paths: { ...search, results: null, skippedHubs: [], filterKey: currentFilterKey(state) },
    history: viewReducer(state.history, {
      type: 'setPanel',
      panel: { type: 'paths', from: search.from, to: search.to },
    }),
  });
}

/**
 * How the view takes in the paths found: `restore` only fills the panel, `refilter` adds the new paths' entities
 * (a view restored from a link keeps the nodes it names), `new` (a search) replaces the view with both ends and the
 * paths, keeping pinned results and pinned nodes, `replace` shows them alone with both ends selected (a suggested
 * question).
 */
export type PathsMode = 'restore' | 'refilter' | 'add' | 'new' | 'replace';

export function pathsLoaded(
  search: PathSearch,
  results: readonly PathResult[],
  filterKey: string,
  mode: PathsMode,
  skippedHubs: readonly SkippedHub[] = [],
): Update {
  return (state) => {
    const { data, ids } = mergeSubgraphs(state.data, results);
    const paths: PathsState = { ...search, results, skippedHubs, filterKey };
    const { from, to } = search;
    const action: ViewAction | null =
      mode === 'refilter'
        ? { type: 'addNodes', ids, anchor: from }
        : mode === 'add'
          ? { type: 'addNodes', ids: [...new Set([from, to, ...ids])], anchor: from }
          : mode === 'new' || mode === 'replace'
            ? {
                type: 'replaceNodes',
                ids: [...new Set([from, to, ...ids, ...(mode === 'new' ? keptNodes(state) : [])])],
                ...(mode === 'replace' ? { select: [from, to] } : {}),
                panel: { type: 'paths', from, to },
              }
            : null;
    return { data, paths, ...(action ? { history: viewReducer(state.history, action) } : {}) };
  };
}

export function focusPath(index: number | null): Update {
  return () => ({ focusedPath: index });
}

export function setPathFilter(filter: PathTypeFilter): Update {
  return () => ({ pathFilter: filter });
}
