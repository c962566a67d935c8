import { describe, expect, it } from 'vitest';
import { initialHistory, viewReducer } from '../../state/view';
import type { Panel } from '../../state/types';
import { initialState, type AtlasState } from '../store';
import { tabTarget } from './tabs';

const tech = (id: string) => ({
  id,
  kind: 'TECHNOLOGY' as const,
  nameEn: id,
  nameZh: id,
  scope: null,
  scopeNote: null,
});

/** Drawn entities, a selection and an open panel, with nothing answered yet (a link just opened). */
function opened(ids: string[], selection: string[], panel: Panel): AtlasState {
  let history = viewReducer(initialHistory(), { type: 'replaceNodes', ids });
  history = viewReducer(history, { type: 'select', ids: selection });
  history = viewReducer(history, { type: 'setPanel', panel });
  const state = initialState(history);
  const nodes = Object.fromEntries(ids.map((id) => [id, tech(id)]));
  return { ...state, data: { ...state.data, nodes: { ...state.data.nodes, ...nodes } } };
}

describe('tabTarget', () => {
  it('keeps the open Paths panel and its ends while their paths are still loading', () => {
    const panel: Panel = { type: 'paths', from: 'tech:a', to: 'tech:b' };
    const state = opened(['tech:a', 'tech:b', 'tech:c'], ['tech:c'], panel);
    expect(state.paths).toBeNull();
    expect(tabTarget(state, 'paths')).toEqual(panel);
  });

  it('keeps the open Coverage panel before its answer', () => {
    const panel: Panel = { type: 'coverage', tech: 'tech:a' };
    const state = opened(['tech:a', 'tech:b'], ['tech:b'], panel);
    expect(tabTarget(state, 'coverage')).toEqual(panel);
  });

  it('opens Paths from the selection when another panel is open and no paths were searched', () => {
    const state = opened(['tech:a', 'tech:b', 'tech:c'], ['tech:c', 'tech:a'], { type: 'start' });
    expect(tabTarget(state, 'paths')).toEqual({ type: 'paths', from: 'tech:c', to: 'tech:a' });
  });

  it('opens Coverage on the one selected technology, and not on two', () => {
    expect(tabTarget(opened(['tech:a', 'tech:b'], ['tech:b'], { type: 'start' }), 'coverage')).toEqual({
      type: 'coverage',
      tech: 'tech:b',
    });
    expect(tabTarget(opened(['tech:a', 'tech:b'], ['tech:a', 'tech:b'], { type: 'start' }), 'coverage')).toBeNull();
  });
});
