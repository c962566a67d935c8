import { describe, expect, it } from 'vitest';
import type { CoverageResult, PathResult } from '../../api/client';
import { initialHistory, viewReducer } from '../../state/view';
import { coverageLoaded } from '../coverage/actions';
import { currentFilterKey, pathsLoaded } from '../paths/actions';
import { selectHighlight } from '../selectors';
import { initialState, type AtlasState } from '../store';
import { backToOverview, clear, pin } from '../view/actions';
import { currentResult, isPinned, keptNodes, togglePinResult } from './pinned';

const n = (id: string) => ({ id, kind: 'REGIME' as const, nameEn: id, nameZh: id, scope: null, scopeNote: null });
const e = (from: string, to: string) => ({ id: `${from}>${to}`, type: 'R', from, to, note: null, sources: [] });
const path = (ids: string[]) => ({
  length: ids.length - 1,
  nodes: ids.map(n),
  edges: ids.slice(1).map((id, i) => e(ids[i] ?? '', id)),
});
const coverage = (basis: 'NAMED' | 'GENERAL', ids: string[]): CoverageResult => ({
  basis,
  instrument: n(ids.at(-1) ?? 'x'),
  path: path(ids),
  appliedBy: [],
});
const paths = (ids: string[]): PathResult => ({ ...path(ids), throughCitations: false });

function after(state: AtlasState, ...updates: ((s: AtlasState) => Partial<AtlasState>)[]): AtlasState {
  return updates.reduce((s, update) => ({ ...s, ...update(s) }), state);
}

const overview = (): AtlasState => {
  const state = { ...initialState(), overviewIds: ['o1', 'o2'] };
  return { ...state, history: viewReducer(state.history, { type: 'setOverviewNodes', ids: ['o1', 'o2'] }) };
};

const traceT = coverageLoaded('t', 'en', [coverage('NAMED', ['t', 'm', 'r']), coverage('GENERAL', ['t', 'g'])], 'new');
const traceU = coverageLoaded('u', 'en', [coverage('NAMED', ['u', 'k'])], 'new');
const search = { from: 'a', to: 'c', maxLength: 6, lang: 'en' as const, asOf: null };

describe('results that replace each other', () => {
  it('drops the previous trace’s nodes and highlighting when a new one arrives', () => {
    const second = after(overview(), traceT, traceU);
    expect(second.history.present.nodes).toEqual(['u', 'k']);
    const hl = selectHighlight(second);
    expect([...(hl?.nodes ?? [])].sort()).toEqual(['k', 'u']);
  });

  it('draws a paths result alone, not over the overview', () => {
    const found = after(overview(), pathsLoaded(search, [paths(['a', 'b', 'c'])], currentFilterKey(overview()), 'new'));
    expect(found.history.present.nodes).toEqual(['a', 'c', 'b']);
    expect(found.history.present.overview).toBe(false);
  });

  it('keeps a pinned result drawn and highlighted beside the next one, until unpinned', () => {
    const pinned = after(overview(), traceT, togglePinResult);
    expect(isPinned(pinned, 'coverage:t')).toBe(true);
    expect(currentResult(pinned)?.weak).toHaveLength(1);
    const second = after(pinned, traceU);
    expect(second.history.present.nodes).toEqual(['u', 'k', 't', 'm', 'r', 'g']);
    const hl = selectHighlight(second);
    expect(hl?.nodes.has('m')).toBe(true);
    expect(hl?.nodes.has('k')).toBe(true);
    // What the pinned trace reached only through a general measure stays weak.
    expect(hl?.weak?.nodes.has('g')).toBe(true);
    // The panel now shows u; going back to t's panel and unpinning lets the next result drop it.
    const unpinned = after(second, traceT, togglePinResult, traceU);
    expect(isPinned(unpinned, 'coverage:t')).toBe(false);
    expect(unpinned.history.present.nodes).toEqual(['u', 'k']);
  });

  it('keeps pinned nodes too', () => {
    const state = after(overview(), traceT, pin(['r'], true), traceU);
    expect(keptNodes(after(overview(), traceT, pin(['r'], true)))).toEqual(['r']);
    expect(state.history.present.nodes).toEqual(['u', 'k', 'r']);
  });

  it('goes back to the overview in one undoable step, and so does Clear, both unpinning', () => {
    const traced = after(overview(), traceT, togglePinResult);
    const back = after(traced, backToOverview);
    expect(back.history.present.overview).toBe(true);
    expect(back.history.present.nodes).toEqual(['o1', 'o2']);
    expect(back.history.present.panel).toEqual({ type: 'start' });
    expect(back.pinnedResults).toEqual([]);
    const undone = after(back, (s) => ({ history: viewReducer(s.history, { type: 'undo' }) }));
    expect(undone.history.present.nodes).toEqual(['t', 'm', 'r', 'g']);
    expect(after(traced, clear).pinnedResults).toEqual([]);
    // Without the overview known yet, the view asks for it (an empty overview).
    const fresh = after({ ...initialState(), history: initialHistory() }, traceT, backToOverview);
    expect(fresh.history.present).toMatchObject({ overview: true, nodes: [] });
  });
});
