import { describe, expect, it } from 'vitest';
import { initialHistory, viewReducer } from '../../state/view';
import { initialState, type AtlasState } from '../store';
import { expandNotice, linksLoaded, mergeSubgraphs, remember, toFetch } from './actions';

const node = (id: string) => ({ id, kind: 'AGENCY', nameEn: id, nameZh: id });

describe('graph actions', () => {
  it('merges subgraphs and lists their nodes once, in order', () => {
    const { data, ids } = mergeSubgraphs(initialState().data, [
      { nodes: [node('a'), node('b')], edges: [{ id: 'e1', type: 'R', from: 'a', to: 'b' }] },
      { nodes: [node('b'), node('c')], edges: [] },
    ]);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(Object.keys(data.nodes)).toEqual(['a', 'b', 'c']);
    expect(data.edges.e1).toEqual({ id: 'e1', type: 'R', from: 'a', to: 'b' });
  });

  it('stores fetched relationships and missing ids, so that neither is asked for again', () => {
    const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids: ['a', 'gone'] });
    const state: AtlasState = { ...initialState(), history };
    expect(toFetch(state)).toEqual(['a', 'gone']);
    const next = {
      ...state,
      ...linksLoaded(
        [{ node: node('a'), links: [{ id: 'e', type: 'R', direction: 'IN', other: node('b') }] }],
        ['gone'],
      )(state),
    };
    expect(toFetch(next)).toEqual([]);
    expect(next.data.edges.e).toEqual({ id: 'e', type: 'R', from: 'b', to: 'a' });
    expect(next.data.missing).toEqual(['gone']);
  });

  it('remembers a node without showing it', () => {
    const state = initialState();
    const next = { ...state, ...remember(node('x'))(state) };
    expect(next.data.nodes.x).toEqual(node('x'));
    expect(next.history).toBe(state.history);
  });

  it('says how many neighbours a cut-short expansion left out, and drops the notice when it was not cut', () => {
    const base = initialState();
    const known = {
      ...base,
      ...linksLoaded(
        [
          {
            node: node('a'),
            links: ['b', 'c', 'd'].map((o, i) => ({
              id: `e${i}`,
              type: i === 2 ? 'S' : 'R',
              direction: 'OUT' as const,
              other: node(o),
            })),
          },
        ],
        [],
      )(base),
    };
    const cut = expandNotice('a', ['R'], 1, { ids: ['a', 'b'], truncated: true })(known);
    expect(cut.notice).toEqual({ nodeId: 'a', types: ['R'], shown: 1, total: 2, limit: 1 });
    const unknown = expandNotice('z', null, 1, { ids: ['z', 'b'], truncated: true })(base);
    expect(unknown.notice?.total).toBeNull();
    const whole = expandNotice('a', null, 25, { ids: ['a', 'b'], truncated: false })({ ...known, ...cut });
    expect(whole.notice).toBeNull();
    const other = expandNotice('q', null, 25, { ids: ['q'], truncated: false })({ ...known, ...cut });
    expect(other.notice).toEqual(cut.notice);
  });
});
