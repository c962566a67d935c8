/**
 * Results (a coverage trace, a paths search) kept on the canvas: a new result replaces the previous one's nodes and
 * highlighting, except those the user pinned, which stay drawn and highlighted until unpinned.
 */
import type { AtlasState, Update } from '../store';

type PathIds = { readonly nodes: readonly { id: string }[]; readonly edges: readonly { id: string }[] };

export interface PinnedResult {
  /** `coverage:<tech>` or `paths:<from>><to>`. */
  readonly key: string;
  /** Paths drawn solid, and those reached only through a general measure (drawn dashed). */
  readonly strong: readonly PathIds[];
  readonly weak: readonly PathIds[];
}

export const coverageKey = (tech: string): string => `coverage:${tech}`;
export const pathsKey = (from: string, to: string): string => `paths:${from}>${to}`;

/** Only the ids of a path: what a pinned result needs to be drawn and highlighted again. */
function idsOf(p: PathIds): PathIds {
  return { nodes: p.nodes.map((n) => ({ id: n.id })), edges: p.edges.map((e) => ({ id: e.id })) };
}

/** The result the side panel shows now, as it would be pinned; null when the panel shows none. */
export function currentResult(state: AtlasState): PinnedResult | null {
  const { panel } = state.history.present;
  const { coverage, paths } = state;
  if (panel.type === 'coverage' && coverage?.tech === panel.tech && coverage.results) {
    const tech = { nodes: [{ id: coverage.tech }], edges: [] };
    return {
      key: coverageKey(coverage.tech),
      strong: [tech, ...coverage.results.filter((r) => r.basis !== 'GENERAL').map((r) => idsOf(r.path))],
      weak: coverage.results.filter((r) => r.basis === 'GENERAL').map((r) => idsOf(r.path)),
    };
  }
  if (panel.type === 'paths' && paths && paths.from === panel.from && paths.to === panel.to && paths.results) {
    const ends = { nodes: [{ id: paths.from }, { id: paths.to }], edges: [] };
    return { key: pathsKey(paths.from, paths.to), strong: [ends, ...paths.results.map(idsOf)], weak: [] };
  }
  return null;
}

export function isPinned(state: AtlasState, key: string): boolean {
  return state.pinnedResults.some((r) => r.key === key);
}

/** Pins the result the panel shows, or unpins it when it is pinned. */
export const togglePinResult: Update = (state) => {
  const result = currentResult(state);
  if (!result) return {};
  return isPinned(state, result.key)
    ? { pinnedResults: state.pinnedResults.filter((r) => r.key !== result.key) }
    : { pinnedResults: [...state.pinnedResults, result] };
};

/** Every node a pinned result draws, and the pinned nodes: what a new result keeps on the canvas. */
export function keptNodes(state: AtlasState): string[] {
  const ids = new Set(state.history.present.pinned);
  for (const r of state.pinnedResults) for (const p of [...r.strong, ...r.weak]) for (const n of p.nodes) ids.add(n.id);
  return [...ids];
}
