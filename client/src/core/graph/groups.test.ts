import { describe, expect, it } from 'vitest';
import type { EdgeInfo } from '../../state/types';
import { drawnGroups, expansionAnchors, groupId, groupLeaves, isGroupId, type LeafGroup } from './groups';

const edge = (from: string, to: string): EdgeInfo => ({ id: `${from}-${to}`, type: 'R', from, to });
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const kindOf = (id: string) => (id.startsWith('a') ? 'AGENCY' : id.startsWith('s') ? 'STATE' : 'TREATY');

describe('groupLeaves', () => {
  it('draws every added node while a node gains no more leaves than the threshold', () => {
    const added = ids('a', 12);
    const result = groupLeaves({ added, present: ['root'], edges: added.map((a) => edge('root', a)), kindOf });
    expect(result.shown).toEqual(added);
    expect(result.groups).toEqual([]);
  });

  it('gathers the leaves of a node past the threshold by kind, and keeps a kind with one leaf drawn', () => {
    const agencies = ids('a', 9);
    const states = ids('s', 4);
    const added = [...agencies, ...states, 't0', 'x'];
    const edges = [...added.map((a) => edge('root', a)), edge('x', 'other')];
    const result = groupLeaves({ added, present: ['root', 'other'], edges, kindOf, threshold: 12 });
    // x links to another drawn node too, so it is no leaf; t0 is the only leaf of its kind.
    expect(result.shown).toEqual(['t0', 'x']);
    expect(result.groups).toEqual([
      { id: groupId('root', 'AGENCY'), anchor: 'root', kind: 'AGENCY', members: agencies },
      { id: groupId('root', 'STATE'), anchor: 'root', kind: 'STATE', members: states },
    ]);
  });

  it('counts leaves already grouped on the node, and adds new ones to their group', () => {
    const existing: LeafGroup[] = [{ id: groupId('root', 'AGENCY'), anchor: 'root', kind: 'AGENCY', members: ['a0'] }];
    const added = ['a1', 'a2'];
    const result = groupLeaves({
      added,
      present: ['root'],
      edges: added.map((a) => edge(a, 'root')),
      kindOf,
      existing,
      threshold: 2,
    });
    expect(result.shown).toEqual([]);
    expect(result.groups).toEqual([{ ...existing[0], members: ['a0', 'a1', 'a2'] }]);
  });

  it('groups the leaves of each node of a deeper expansion apart', () => {
    const leaves = ids('a', 3);
    const added = ['mid', ...leaves];
    const edges = [edge('root', 'mid'), ...leaves.map((a) => edge('mid', a))];
    const result = groupLeaves({ added, present: ['root'], edges, kindOf, threshold: 2 });
    expect(result.shown).toEqual(['mid']);
    expect(result.groups.map((g) => [g.anchor, g.members])).toEqual([['mid', leaves]]);
  });

  it('never groups nodes the view shows already', () => {
    const added = ids('a', 4);
    const result = groupLeaves({
      added,
      present: ['root', 'a0'],
      edges: added.map((a) => edge('root', a)),
      kindOf,
      threshold: 2,
    });
    expect(result.shown).toEqual([]);
    expect(result.groups[0]?.members).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('expansionAnchors', () => {
  it('places direct neighbours by the root and the next ring by the neighbour that reached them', () => {
    const edges = [edge('root', 'b'), edge('c', 'root'), edge('b', 'd'), edge('e', 'c'), edge('b', 'e')];
    expect(expansionAnchors('root', ['root', 'b', 'c', 'd', 'e', 'f'], edges)).toEqual({
      b: 'root',
      c: 'root',
      d: 'b',
      e: 'b',
      f: 'root',
    });
  });
});

describe('drawnGroups', () => {
  const group: LeafGroup = { id: groupId('r', 'AGENCY'), anchor: 'r', kind: 'AGENCY', members: ['a0', 'a1'] };

  it('keeps a group while its anchor is drawn, its kind shown and some members not in view', () => {
    expect(drawnGroups([group], new Set(['r']), new Set(['r']), [])).toEqual([group]);
    expect(drawnGroups([group], new Set(['r', 'a0']), new Set(['r', 'a0']), [])).toEqual([
      { ...group, members: ['a1'] },
    ]);
    expect(drawnGroups([group], new Set(), new Set(['r']), [])).toEqual([]);
    expect(drawnGroups([group], new Set(['r']), new Set(['r']), ['AGENCY'])).toEqual([]);
    expect(drawnGroups([group], new Set(['r']), new Set(['r', 'a0', 'a1']), [])).toEqual([]);
  });

  it('tells group ids from entity ids', () => {
    expect(isGroupId(group.id)).toBe(true);
    expect(isGroupId('agency:iaea')).toBe(false);
  });
});
