/** The start page's suggested questions: each resolves its entities, then opens coverage, paths or neighbourhoods. */
import { fetchLinks, fetchNeighborhood, fetchOverview, search } from '../../api/client';
import type { EntityKind } from '../../api/gql/graphql';
import type { EntityRef, Recipe, RecipeAction } from '../../domain/recipes';
import { viewReducer } from '../../state/view';
import { loadCoverage } from '../coverage/effects';
import { EXPAND_CAP, mergeSubgraphs } from '../graph/actions';
import { MAX_PATH_LENGTH } from '../paths/actions';
import { loadPaths } from '../paths/effects';
import { run } from '../runner';
import { atlas } from '../store';

/** Resolves a reference to an existing id: the id itself when the API knows it, else the best search hit. */
async function resolve(ref: EntityRef, signal: AbortSignal): Promise<string | null> {
  const { found } = await fetchLinks([ref.id], signal);
  if (found.length > 0) return ref.id;
  const hits = await search(ref.search, ref.kinds ?? null, signal);
  return hits[0]?.id ?? null;
}

async function openNeighborhoods(
  action: Extract<RecipeAction, { type: 'neighborhood' }>,
  signal: AbortSignal,
): Promise<void> {
  const roots: string[] = [];
  const asOf = atlas.getState().history.present.asOf ?? undefined;
  for (const ref of action.roots) {
    const id = await resolve(ref, signal);
    if (id) roots.push(id);
  }
  if (action.rootKinds) {
    const best = await fetchOverview({ limit: 12, kinds: [...action.rootKinds] as EntityKind[], asOf }, signal);
    roots.push(...best.nodes.map((n) => n.id));
  }
  const results = await Promise.all(
    [...new Set(roots)].map((id) =>
      fetchNeighborhood(
        {
          id,
          depth: action.depth ?? 1,
          kinds: null,
          relationTypes: action.relationTypes ? [...action.relationTypes] : null,
          limit: EXPAND_CAP,
          asOf,
        },
        signal,
      ),
    ),
  );
  atlas.setState((state) => {
    const { data, ids } = mergeSubgraphs(state.data, results);
    const history = viewReducer(state.history, { type: 'replaceNodes', ids, select: [], panel: { type: 'start' } });
    return { data, history };
  });
}

export function runRecipe(recipe: Recipe): void {
  const { action, layout } = recipe;
  atlas.setState((state) => ({
    focusedPath: null,
    notice: null,
    history: layout ? viewReducer(state.history, { type: 'setLayout', layout }) : state.history,
  }));
  void run(async (signal) => {
    if (action.type === 'coverage') {
      const tech = await resolve(action.tech, signal);
      if (tech) await loadCoverage(tech, 'replace', signal);
      return;
    }
    if (action.type === 'paths') {
      const [from, to] = await Promise.all([resolve(action.from, signal), resolve(action.to, signal)]);
      const { lang, asOf } = atlas.getState().history.present;
      if (from && to) await loadPaths({ from, to, maxLength: MAX_PATH_LENGTH, lang, asOf }, 'replace', signal);
      return;
    }
    await openNeighborhoods(action, signal);
  });
}
