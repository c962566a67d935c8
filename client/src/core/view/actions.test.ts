import { describe, expect, it } from 'vitest';
import { initialHistory, INITIAL_VIEW, viewReducer } from '../../state/view';
import { mergeSubgraphs } from '../graph/actions';
import { initialState, type AtlasState } from '../store';
import { canRedo, canUndo, clear, collapse, hide, open, openView, redo, select, setPanel, undo } from './actions';

const node = (id: string, kind = 'TECHNOLOGY') => ({ id, kind, nameEn: id.toUpperCase(), nameZh: id });

/** A store state showing `ids`, with the edges between them known. */
function showing(ids: string[], edges: [string, string][] = []): AtlasState {
  const { data } = mergeSubgraphs(initialState().data, [
    {
      nodes: ids.map((id) => node(id)),
      edges: edges.map(([from, to]) => ({ id: `${from}-${to}`, type: 'R', from, to })),
    },
  ]);
  const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids });
  return { ...initialState(), data, history };
}

function after(state: AtlasState, ...updates: ((s: AtlasState) => Partial<AtlasState>)[]): AtlasState {
  return updates.reduce((s, update) => ({ ...s, ...update(s) }), state);
}

describe('view actions', () => {
  it('opens a search hit on its own from the start page, and adds it to a view', () => {
    const fromStart = after(
      initialState(initialHistory({ ...INITIAL_VIEW, panel: { type: 'outline' } })),
      open(node('a')),
    );
    expect(fromStart.history.present.nodes).toEqual(['a']);
    expect(fromStart.history.present.selection).toEqual(['a']);
    expect(fromStart.history.present.panel).toEqual({ type: 'start' });
    expect(fromStart.data.nodes.a?.nameEn).toBe('A');

    const added = after(showing(['x']), open({ ...node('b'), extra: 1 } as ReturnType<typeof node>));
    expect(added.history.present.nodes).toEqual(['x', 'b']);
    expect(added.history.present.selection).toEqual(['b']);
    // Only the fields the explorer keeps.
    expect(added.data.nodes.b).toEqual(node('b'));
  });

  it('collapses what only a node brought in, keeping pinned and selected nodes', () => {
    const state = showing(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['c', 'd'],
      ],
    );
    const collapsed = after(state, collapse('a'));
    // c stays: it also hangs on d.
    expect(collapsed.history.present.nodes).toEqual(['a', 'c', 'd']);
    const selected = after(state, select(['b']), collapse('a'));
    expect(selected.history.present.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(canUndo(collapsed)).toBe(true);
    expect(after(collapsed, undo).history.present.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(canRedo(after(collapsed, undo))).toBe(true);
    expect(after(collapsed, undo, redo).history.present.nodes).toEqual(['a', 'c', 'd']);
  });

  it('hides only visible nodes, and leaves the history alone when nothing is hidden', () => {
    const state = showing(['a', 'b']);
    expect(after(state, hide(['b', 'zz'])).history.present.nodes).toEqual(['a']);
    expect(after(state, hide(['zz'])).history).toBe(state.history);
  });

  it('clears the view and the notice, back on the start page', () => {
    const shown = showing(['a']);
    const state = {
      ...shown,
      notice: { nodeId: 'a', types: null, shown: 25, total: null, limit: 25, depth: 1, sampled: false },
      history: {
        ...shown.history,
        groups: [{ id: 'group:a:AGENCY', anchor: 'a', kind: 'AGENCY', members: ['b', 'c'] }],
      },
    };
    const cleared = after(state, setPanel({ type: 'outline' }), clear);
    expect(cleared.history.present.nodes).toEqual([]);
    expect(cleared.history.present.panel).toEqual({ type: 'start' });
    expect(cleared.notice).toBeNull();
    expect(cleared.history.groups).toEqual([]);
    // Undo brings the cleared view back with its group.
    expect(viewReducer(cleared.history, { type: 'undo' }).groups).toHaveLength(1);
  });

  it('forgets the focused result when the panel changes', () => {
    const state = { ...showing(['a']), focusedPath: 2 };
    expect(after(state, setPanel({ type: 'outline' })).focusedPath).toBeNull();
  });

  it('opens a saved view in the current language, undoably', () => {
    const state = after(showing(['a']), (s) => ({ history: viewReducer(s.history, { type: 'setLang', lang: 'zh' }) }));
    const saved = {
      ...INITIAL_VIEW,
      nodes: ['b', 'c'],
      overview: false,
      selection: ['c'],
      hiddenKinds: ['DOCUMENT'],
      sizeBy: 'degree' as const,
      panel: { type: 'outline' } as const,
    };
    const opened = after(state, openView(saved));
    expect(opened.history.present).toEqual({ ...saved, lang: 'zh' });
    expect(opened.history.relayout).toBeGreaterThan(state.history.relayout);
    expect(after(opened, undo).history.present.nodes).toEqual(['a']);
  });
});
