/**
 * Path requests: a search from the Paths tool, and the panel restored from a link or searched again when the
 * tool's type filter or the legend's hidden types change.
 */
import { fetchPaths } from '../../api/client';
import { pathQueryPlan } from '../../domain/pathFilter';
import { pathsKey, recording } from '../failures';
import { searchPaths } from './search';
import { abortable, reaction, type Cleanup } from '../reaction';
import { run } from '../runner';
import { setPanel } from '../view/actions';
import { atlas, type AtlasState } from '../store';
import {
  currentFilterKey,
  MAX_PATH_LENGTH,
  PATHS_LIMIT,
  pathsLoaded,
  pathsStarted,
  type PathSearch,
  type PathsMode,
} from './actions';

/** The one fetch-then-merge of paths, with the Paths tool's type filter and the legend's hidden types. */
export async function loadPaths(search: PathSearch, mode: PathsMode, signal: AbortSignal): Promise<void> {
  const state = atlas.getState();
  const filterKey = currentFilterKey(state);
  const found = await recording(atlas.setState, 'paths', pathsKey(search.from, search.to), () =>
    searchPaths(
      (variables, fetchSignal) => fetchPaths(variables, search.lang, fetchSignal),
      { from: search.from, to: search.to, maxLength: search.maxLength, limit: PATHS_LIMIT, asOf: search.asOf },
      pathQueryPlan(state.pathFilter, state.history.present.hiddenRelTypes),
      signal,
    ),
  );
  atlas.setState(pathsLoaded(search, found.paths, filterKey, mode, found.skippedHubs));
}

export function findPaths(from: string, to: string, maxLength = MAX_PATH_LENGTH): void {
  const { lang, asOf } = atlas.getState().history.present;
  const search = { from, to, maxLength, lang, asOf };
  atlas.setState(pathsStarted(search));
  void run((signal) => loadPaths(search, 'new', signal));
}

/** Both ends chosen: the paths are found at once; else the panel waits for the other end. */
export function choosePathEnds(from: string | null, to: string | null): void {
  if (from && to) findPaths(from, to);
  else atlas.setState(setPanel({ type: 'paths', from, to }));
}

/** The search the Paths panel shows but whose answer (in this language, with these types, as of this day) is not there. */
function pathsWanted(state: AtlasState): string | null {
  const { panel, lang, asOf } = state.history.present;
  if (panel.type !== 'paths' || !panel.from || !panel.to) return null;
  const { paths } = state;
  const key = currentFilterKey(state);
  const sameEnds = paths?.from === panel.from && paths.to === panel.to;
  if (sameEnds && paths.lang === lang && paths.filterKey === key && paths.asOf === asOf) return null;
  return [panel.from, panel.to, lang, key, asOf ?? ''].join('\n');
}

export function pathsReaction(): Cleanup {
  return reaction(atlas, pathsWanted, (wanted, state) => {
    const { panel, lang, asOf } = state.history.present;
    if (!wanted || panel.type !== 'paths' || !panel.from || !panel.to) return undefined;
    const { paths } = state;
    const { from, to } = panel;
    const sameEnds = paths?.from === from && paths.to === to;
    // New types for the same ends: the new paths' entities join the view. Ends the view does not hold (a link
    // without them) join it with the paths, so that no path is listed whose ends are not drawn; on the start page's
    // overview (a link without `n`) the paths are shown alone.
    const endsShown = state.history.present.nodes.includes(from) && state.history.present.nodes.includes(to);
    const overview = state.history.present.overview;
    const mode =
      // Other types or another day for the same ends: the new paths' entities join the view.
      sameEnds && (paths.filterKey !== currentFilterKey(state) || paths.asOf !== asOf)
        ? 'refilter'
        : endsShown
          ? 'restore'
          : overview
            ? 'replace'
            : 'add';
    const search = { from, to, lang, asOf, maxLength: paths?.maxLength ?? MAX_PATH_LENGTH };
    return abortable((abort) => {
      void run((signal) => loadPaths(search, mode, signal), abort);
    });
  });
}
