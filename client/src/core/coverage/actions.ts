/** Pure changes of the coverage tool: a technology's coverage arrived, with how the view takes it in. */
import type { CoverageResult } from '../../api/client';
import type { Lang } from '../../state/types';
import { viewReducer, type ViewAction } from '../../state/view';
import { mergeSubgraphs } from '../graph/actions';
import { cleared } from '../failures';
import { keptNodes } from '../results/pinned';
import type { Update } from '../store';

export interface CoverageState {
  readonly tech: string;
  readonly lang: Lang;
  /** The day the answer is as of (null: today). */
  readonly asOf: string | null;
  readonly results: readonly CoverageResult[] | null;
}

/**
 * How the view takes in a coverage answer: `restore` only fills the panel (a view from a link keeps its nodes),
 * `new` (a trace) replaces the view with the paths, keeping pinned results and pinned nodes, and selects the
 * technology; `replace` shows them alone (a suggested question).
 */
export type CoverageMode = 'restore' | 'add' | 'new' | 'replace';

export function coverageLoaded(
  tech: string,
  lang: Lang,
  results: readonly CoverageResult[],
  mode: CoverageMode,
  asOf: string | null = null,
): Update {
  return (state) => {
    const { data, ids } = mergeSubgraphs(
      state.data,
      results.map((r) => r.path),
    );
    const coverage = { tech, lang, asOf, results };
    if (mode === 'restore') return { data, coverage };
    const panel = { type: 'coverage', tech } as const;
    const kept = mode === 'new' ? keptNodes(state) : [];
    // `add`: a link's view that lacks the technology keeps its nodes and gains the answer's.
    const action: ViewAction =
      mode === 'add'
        ? { type: 'addNodes', ids: [tech, ...ids], anchor: tech, select: [tech] }
        : { type: 'replaceNodes', ids: [tech, ...ids, ...kept], select: [tech], panel };
    return { data, coverage, history: viewReducer(state.history, action) };
  };
}

/**
 * The coverage asked for (by a link) names an entity that is not a technology: the entity is opened instead, on the
 * start panel, and the link's problems say so.
 */
export function notATechnology(id: string): Update {
  return (state) => {
    const history = [
      { type: 'addNodes', ids: [id], select: [id] } as const,
      { type: 'setPanel', panel: { type: 'start' } } as const,
    ].reduce(viewReducer, state.history);
    const problem = { part: 'covNotTechnology', id } as const;
    const known = state.linkProblems.some((p) => p.part === problem.part && 'id' in p && p.id === id);
    return {
      ...cleared('coverage')(state),
      history,
      linkProblems: known ? state.linkProblems : [...state.linkProblems, problem],
    };
  };
}
