import { describe, expect, it } from 'vitest';
import { DRAW_STEP } from '../state/drawCap';
import { initialHistory, viewReducer } from '../state/view';
import { drawMore, mergeSubgraphs } from './graph/actions';
import { selectGraph } from './selectors';
import { initialState, type AtlasState } from './store';

const node = (id: string) => ({ id, kind: 'AGENCY', nameEn: id, nameZh: id });

/** A view of `n` entities, each related to the one before it. */
function viewOf(n: number, drawLimit: number): AtlasState {
  const ids = Array.from({ length: n }, (_, i) => `n${String(i)}`);
  const { data } = mergeSubgraphs(initialState().data, [
    {
      nodes: ids.map(node),
      edges: ids.slice(1).map((id, i) => ({ id: `e${String(i)}`, type: 'R', from: ids[i] ?? '', to: id })),
    },
  ]);
  const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids });
  return { ...initialState(), data, history, drawLimit };
}

describe('the draw limit', () => {
  it('draws a view within the limit whole', () => {
    const graph = selectGraph(viewOf(50, 99));
    expect(graph.nodes).toHaveLength(50);
    expect(graph.edges).toHaveLength(49);
    expect(graph.undrawn).toBe(0);
  });

  it('draws a larger view up to the limit, says how much it left out, and draws more when asked', () => {
    const state = viewOf(DRAW_STEP, 99);
    const capped = selectGraph(state);
    expect(capped.nodes.length + capped.edges.length).toBeLessThanOrEqual(99);
    expect(capped.nodes.length).toBe(50);
    expect(capped.undrawn).toBe(DRAW_STEP - 50);
    const more = selectGraph({ ...state, ...drawMore(state) });
    expect(more.nodes.length).toBe(Math.floor((99 + DRAW_STEP + 1) / 2));
    expect(more.undrawn).toBe(DRAW_STEP - more.nodes.length);
  });

  it('always draws the selection, even past the limit', () => {
    const state = viewOf(200, 9);
    const history = viewReducer(state.history, { type: 'select', ids: ['n150'] });
    const graph = selectGraph({ ...state, history });
    expect(graph.nodes.map((n) => n.id)).toContain('n150');
    expect(graph.nodes.length + graph.edges.length).toBeLessThanOrEqual(9);
  });
});
