import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  INITIAL_VIEW,
  canRedo,
  canUndo,
  initialHistory,
  viewReducer,
  type ViewAction,
  type ViewHistory,
} from './view';

function run(actions: ViewAction[], start: ViewHistory = initialHistory()): ViewHistory {
  return actions.reduce(viewReducer, start);
}

describe('viewReducer', () => {
  it('adds nodes once, leaves the overview, and remembers where new nodes came from', () => {
    const h = run([
      { type: 'setOverviewNodes', ids: ['a', 'b'] },
      { type: 'addNodes', ids: ['b', 'c', 'd', 'c'], anchor: 'b', select: ['c'] },
    ]);
    expect(h.present.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(h.present.overview).toBe(false);
    expect(h.present.selection).toEqual(['c']);
    expect(h.anchors).toEqual({ c: 'b', d: 'b' });
  });

  it('shows the overview without an undo step, and replacing it is undoable', () => {
    const shown = run([{ type: 'setOverviewNodes', ids: ['a', 'b'] }]);
    expect(canUndo(shown)).toBe(false);
    expect(shown.relayout).toBe(1);
    const replaced = viewReducer(shown, { type: 'replaceNodes', ids: ['x'], select: ['x'] });
    expect(replaced.present).toMatchObject({ nodes: ['x'], overview: false, selection: ['x'] });
    expect(replaced.relayout).toBe(2);
    const back = viewReducer(replaced, { type: 'undo' });
    expect(back.present).toMatchObject({ nodes: ['a', 'b'], overview: true, selection: [] });
    expect(canRedo(back)).toBe(true);
    expect(viewReducer(back, { type: 'redo' }).present.nodes).toEqual(['x']);
  });

  it('ignores the overview once the view has been changed', () => {
    const h = run([
      { type: 'replaceNodes', ids: ['x'] },
      { type: 'setOverviewNodes', ids: ['a', 'b'] },
    ]);
    expect(h.present.nodes).toEqual(['x']);
  });

  it('removes nodes with their pins and selection, and undo restores them', () => {
    const h = run([
      { type: 'replaceNodes', ids: ['a', 'b', 'c'] },
      { type: 'pin', ids: ['b', 'zzz'], pinned: true },
      { type: 'select', ids: ['b', 'a|REL|c'] },
      { type: 'removeNodes', ids: ['b'] },
    ]);
    expect(h.present.nodes).toEqual(['a', 'c']);
    expect(h.present.pinned).toEqual([]);
    expect(h.present.selection).toEqual(['a|REL|c']);
    const undone = viewReducer(h, { type: 'undo' });
    expect(undone.present.nodes).toEqual(['a', 'b', 'c']);
    expect(undone.present.pinned).toEqual(['b']);
  });

  it('pins only visible nodes, and unpins', () => {
    const h = run([
      { type: 'replaceNodes', ids: ['a', 'b'] },
      { type: 'pin', ids: ['a', 'missing'], pinned: true },
    ]);
    expect(h.present.pinned).toEqual(['a']);
    expect(viewReducer(h, { type: 'pin', ids: ['a'], pinned: false }).present.pinned).toEqual([]);
  });

  it('keeps selection, filters, layout and language out of the undo history', () => {
    const h = run([
      { type: 'replaceNodes', ids: ['a'] },
      { type: 'select', ids: ['a'] },
      { type: 'toggleKind', kind: 'DOCUMENT' },
      { type: 'toggleRelType', relType: 'CITES' },
      { type: 'setLayout', layout: 'dagre' },
      { type: 'setLang', lang: 'zh' },
      { type: 'setEdgeLabels', on: false },
      { type: 'setPanel', panel: { type: 'outline' } },
    ]);
    expect(h.past).toHaveLength(1);
    expect(h.present).toMatchObject({
      hiddenKinds: ['DOCUMENT'],
      hiddenRelTypes: ['CITES'],
      layout: 'dagre',
      lang: 'zh',
      edgeLabels: false,
      panel: { type: 'outline' },
    });
    expect(viewReducer(h, { type: 'toggleKind', kind: 'DOCUMENT' }).present.hiddenKinds).toEqual([]);
  });

  it('relays out when the layout is chosen again', () => {
    const h = run([{ type: 'setLayout', layout: 'fcose' }]);
    expect(h.relayout).toBe(1);
    expect(h.present).toBe(INITIAL_VIEW);
  });

  it('returns the same history for a selection that did not change', () => {
    const h = run([{ type: 'select', ids: ['a'] }]);
    expect(viewReducer(h, { type: 'select', ids: ['a'] })).toBe(h);
  });

  it('clears redo on a new change and caps the history', () => {
    let h = run([{ type: 'replaceNodes', ids: ['a'] }, { type: 'addNodes', ids: ['b'] }, { type: 'undo' }]);
    expect(canRedo(h)).toBe(true);
    h = viewReducer(h, { type: 'addNodes', ids: ['c'] });
    expect(canRedo(h)).toBe(false);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = viewReducer(h, { type: 'addNodes', ids: [`n${i}`] });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });

  it('does nothing on undo or redo with an empty history', () => {
    const h = initialHistory();
    expect(viewReducer(h, { type: 'undo' })).toBe(h);
    expect(viewReducer(h, { type: 'redo' })).toBe(h);
  });

  it('restores a whole view from the URL and relays out only when the nodes changed', () => {
    const h = run([{ type: 'replaceNodes', ids: ['a'] }]);
    const same = viewReducer(h, { type: 'restore', view: { ...h.present, layout: 'dagre' } });
    expect(same.relayout).toBe(h.relayout);
    const other = viewReducer(h, { type: 'restore', view: { ...h.present, nodes: ['b'] } });
    expect(other.present.nodes).toEqual(['b']);
    expect(other.relayout).toBe(h.relayout + 1);
    expect(other.past).toEqual(h.past);
  });
});
