import { describe, expect, it } from 'vitest';
import type { CoverageResult, PathResult } from '../api/client';
import { DEFAULT_PATH_FILTER } from '../domain/pathFilter';
import { initialHistory, viewReducer } from '../state/view';
import { coverageLoaded } from './coverage/actions';
import { currentFilterKey, pathsLoaded, pathsStarted } from './paths/actions';
import { selectHighlight } from './selectors';
import { initialState, type AtlasState } from './store';

const n = (id: string) => ({ id, kind: 'REGIME' as const, nameEn: id, nameZh: id, scope: null, scopeNote: null });
const e = (from: string, to: string) => ({ id: `${from}>${to}`, type: 'R', from, to, note: null, sources: [] });

function coverage(basis: 'NAMED' | 'GENERAL', ids: string[]): CoverageResult {
  const nodes = ids.map(n);
  return {
    basis,
    instrument: nodes[nodes.length - 1] ?? n('x'),
    path: { length: ids.length - 1, nodes, edges: ids.slice(1).map((id, i) => e(ids[i] ?? '', id)) },
    appliedBy: [],
  };
}

function path(ids: string[]): PathResult {
  return {
    length: ids.length - 1,
    throughCitations: false,
    nodes: ids.map(n),
    edges: ids.slice(1).map((id, i) => e(ids[i] ?? '', id)),
  };
}

function after(state: AtlasState, update: (s: AtlasState) => Partial<AtlasState>): AtlasState {
  return { ...state, ...update(state) };
}

const showing = (ids: string[]): AtlasState => ({
  ...initialState(),
  history: viewReducer(initialHistory(), { type: 'replaceNodes', ids }),
});

describe('coverage results', () => {
  const results = [coverage('NAMED', ['t', 'm', 'r']), coverage('GENERAL', ['t', 'g'])];

  it('only fills the panel when restored from a link', () => {
    const state = showing(['t']);
    const next = after(state, coverageLoaded('t', 'en', results, 'restore'));
    expect(next.coverage).toEqual({ tech: 't', lang: 'en', asOf: null, results });
    expect(next.history).toBe(state.history);
    expect(Object.keys(next.data.nodes).sort()).toEqual(['g', 'm', 'r', 't']);
  });

  it('replaces the view with the paths when traced (undoably), and shows them alone for a suggested question', () => {
    const added = after(showing(['x']), coverageLoaded('t', 'en', results, 'new'));
    expect(added.history.present.nodes).toEqual(['t', 'm', 'r', 'g']);
    expect(added.history.present.selection).toEqual(['t']);
    expect(added.history.present.panel).toEqual({ type: 'coverage', tech: 't' });
    expect(added.history.relayout).toBeGreaterThan(showing(['x']).history.relayout);
    expect(after(added, (s) => ({ history: viewReducer(s.history, { type: 'undo' }) })).history.present.nodes).toEqual([
      'x',
    ]);

    const replaced = after(showing(['x']), coverageLoaded('t', 'zh', results, 'replace'));
    expect(replaced.history.present.nodes).toEqual(['t', 'm', 'r', 'g']);
    expect(replaced.coverage?.lang).toBe('zh');
  });

  it('draws general paths apart, and only the focused one when a result is focused', () => {
    const state = after(showing([]), coverageLoaded('t', 'en', results, 'new'));
    const all = selectHighlight(state);
    expect(all?.nodes.has('m')).toBe(true);
    expect(all?.weak?.edges.has('t>g')).toBe(true);
    expect(selectHighlight(state)).toBe(all);
    const focused = selectHighlight({ ...state, focusedPath: 1 });
    expect(focused?.nodes.has('m')).toBe(false);
    expect(focused?.weak?.edges.has('t>g')).toBe(true);
  });
});

describe('path results', () => {
  const search = { from: 'a', to: 'c', maxLength: 6, lang: 'en' as const, asOf: null };
  const found = [path(['a', 'b', 'c']), path(['a', 'd', 'c'])];

  it('shows a search loading at once, with the filter it was made with', () => {
    const state = { ...showing(['a']), focusedPath: 1 };
    const started = after(state, pathsStarted(search));
    expect(started.paths).toEqual({ ...search, results: null, skippedHubs: [], filterKey: currentFilterKey(state) });
    expect(started.history.present.panel).toEqual({ type: 'paths', from: 'a', to: 'c' });
    expect(started.focusedPath).toBeNull();
  });

  it('takes in the paths found as the mode says', () => {
    const key = currentFilterKey(initialState());
    const restore = after(showing(['a', 'c']), pathsLoaded(search, found, key, 'restore'));
    expect(restore.history.present.nodes).toEqual(['a', 'c']);
    expect(restore.paths?.results).toBe(found);

    const refilter = after(showing(['a', 'c']), pathsLoaded(search, found, key, 'refilter'));
    expect(refilter.history.present.nodes).toEqual(['a', 'c', 'b', 'd']);

    const searched = after(showing(['x']), pathsLoaded(search, found, key, 'new'));
    expect(searched.history.present.nodes).toEqual(['a', 'c', 'b', 'd']);
    expect(searched.history.present.panel).toEqual({ type: 'paths', from: 'a', to: 'c' });
    const none = after(showing(['x']), pathsLoaded(search, [], key, 'new'));
    expect(none.history.present.nodes).toEqual(['a', 'c']);

    const replace = after(showing(['x']), pathsLoaded(search, found, key, 'replace'));
    expect(replace.history.present.nodes).toEqual(['a', 'c', 'b', 'd']);
    expect(replace.history.present.selection).toEqual(['a', 'c']);
  });

  it('keeps the hubs a search skipped with its paths, without drawing them', () => {
    const key = currentFilterKey(initialState());
    const hub = { id: 'h', kind: 'TECHNOLOGY' as const, nameEn: 'Hub', nameZh: '枢纽' };
    const searched = after(showing(['x']), pathsLoaded(search, found, key, 'new', [hub]));
    expect(searched.paths?.skippedHubs).toEqual([hub]);
    expect(searched.history.present.nodes).toEqual(['a', 'c', 'b', 'd']);
    expect(after(showing(['x']), pathsLoaded(search, found, key, 'new')).paths?.skippedHubs).toEqual([]);
  });

  it('keys a search by the Paths filter and the legend’s hidden types', () => {
    const state = initialState();
    const hidden = {
      ...state,
      history: viewReducer(state.history, { type: 'setHiddenRelTypes', relTypes: ['CONTROLLED_BY'] }),
    };
    expect(currentFilterKey(hidden)).not.toBe(currentFilterKey(state));
    expect(state.pathFilter).toBe(DEFAULT_PATH_FILTER);
  });
});
