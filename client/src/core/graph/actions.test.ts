import { describe, expect, it } from 'vitest';
import { initialHistory, viewReducer } from '../../state/view';
import { initialState, type AtlasState } from '../store';
import { expanded, expandNotice, linksLoaded, mergeSubgraphs, openGroup, remember, toFetch } from './actions';
import { groupId } from './groups';

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
    const cut = expandNotice('a', ['R'], 1, { ids: ['a', 'b'], truncated: true, sampled: false })(known);
    expect(cut.notice).toEqual({ nodeId: 'a', types: ['R'], shown: 1, total: 2, limit: 1, depth: 1, sampled: false });
    const unknown = expandNotice('z', null, 1, { ids: ['z', 'b'], truncated: true, sampled: false })(base);
    expect(unknown.notice?.total).toBeNull();
    const whole = expandNotice('a', null, 25, { ids: ['a', 'b'], truncated: false, sampled: false })({
      ...known,
      ...cut,
    });
    expect(whole.notice).toBeNull();
    const other = expandNotice('q', null, 25, { ids: ['q'], truncated: false, sampled: false })({ ...known, ...cut });
    expect(other.notice).toEqual(cut.notice);
  });

  it('says when a hub was sampled, even when the answer was not cut by the limit', () => {
    const base = initialState();
    const sampled = expandNotice('a', null, 25, { ids: ['a', 'b'], truncated: false, sampled: true })(base);
    expect(sampled.notice).toMatchObject({ nodeId: 'a', shown: 1, sampled: true });
    const exact = expandNotice('a', null, 25, { ids: ['a', 'b'], truncated: false, sampled: false })({
      ...base,
      ...sampled,
    });
    expect(exact.notice).toBeNull();
  });

  it('takes in a large expansion with its leaves grouped by kind, and opens a group on demand', () => {
    const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids: ['r'] });
    const state: AtlasState = { ...initialState(), history };
    const leaves = Array.from({ length: 14 }, (_, i) => ({ id: `a${i}`, kind: 'AGENCY', nameEn: 'A', nameZh: 'A' }));
    const result = {
      nodes: [node('r'), node('hub'), ...leaves],
      edges: [
        { id: 'rh', type: 'R', from: 'r', to: 'hub' },
        { id: 'hx', type: 'R', from: 'hub', to: 'a0' },
        ...leaves.map((l) => ({ id: `r-${l.id}`, type: 'R', from: 'r', to: l.id })),
      ],
      truncated: true,
      sampled: false,
    };
    const next = { ...state, ...expanded({ nodeId: 'r', types: null, limit: 15, depth: 2 }, result)(state) };
    // a0 also links to the hub, so it is no leaf and is drawn.
    expect(next.history.present.nodes).toEqual(['r', 'hub', 'a0']);
    expect(next.history.anchors).toEqual({ hub: 'r', a0: 'r' });
    const members = leaves.slice(1).map((l) => l.id);
    expect(next.history.groups).toEqual([{ id: groupId('r', 'AGENCY'), anchor: 'r', kind: 'AGENCY', members }]);
    expect(next.notice).toEqual({
      nodeId: 'r',
      types: null,
      shown: 15,
      total: null,
      limit: 15,
      depth: 2,
      sampled: false,
    });

    const opened = { ...next, ...openGroup(groupId('r', 'AGENCY'))(next) };
    expect(opened.history.groups).toEqual([]);
    expect(opened.history.present.nodes).toEqual(['r', 'hub', 'a0', ...members]);
    expect(opened.history.anchors).toEqual(Object.fromEntries(members.map((m) => [m, 'r'])));
    expect(openGroup('group:none')(opened)).toEqual({});
  });

  it('puts groups on the undo history: undo closes an opened group again and takes the groups of an expansion away', () => {
    const history = viewReducer(initialHistory(), { type: 'replaceNodes', ids: ['r'] });
    const state: AtlasState = { ...initialState(), history };
    const leaves = Array.from({ length: 14 }, (_, i) => ({ id: `a${i}`, kind: 'AGENCY', nameEn: 'A', nameZh: 'A' }));
    const result = {
      nodes: [node('r'), ...leaves],
      edges: leaves.map((l) => ({ id: `r-${l.id}`, type: 'R', from: 'r', to: l.id })),
      truncated: false,
      sampled: false,
    };
    const next = { ...state, ...expanded({ nodeId: 'r', types: null, limit: 15, depth: 1 }, result)(state) };
    const id = groupId('r', 'AGENCY');
    // Every leaf went into the group: the nodes did not change, yet the expansion is one undoable step.
    expect(next.history.present.nodes).toEqual(['r']);
    expect(next.history.groups.map((g) => g.id)).toEqual([id]);
    const opened = { ...next, ...openGroup(id)(next) };

    const undoOpen = viewReducer(opened.history, { type: 'undo' });
    expect(undoOpen.present.nodes).toEqual(['r']);
    expect(undoOpen.groups.map((g) => g.members.length)).toEqual([14]);
    const undoExpand = viewReducer(undoOpen, { type: 'undo' });
    expect(undoExpand.groups).toEqual([]);
    const redone = viewReducer(viewReducer(undoExpand, { type: 'redo' }), { type: 'redo' });
    expect(redone.groups).toEqual([]);
    expect(redone.present.nodes).toEqual(opened.history.present.nodes);
    expect(viewReducer(undoExpand, { type: 'redo' }).groups.map((g) => g.id)).toEqual([id]);
  });
});
