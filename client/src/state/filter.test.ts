import { describe, expect, it } from 'vitest';
import { collapsible, pathsHighlight, visibleGraph } from './filter';
import { dataReducer, EMPTY_DATA } from './graphData';
import { INITIAL_VIEW } from './view';

const nodes = [
  { id: 'a', kind: 'TECHNOLOGY', nameEn: 'A', nameZh: '甲' },
  { id: 'b', kind: 'DOCUMENT', nameEn: 'B', nameZh: '乙' },
  { id: 'c', kind: 'REGIME', nameEn: 'C', nameZh: '丙' },
  { id: 'd', kind: 'REGIME', nameEn: 'D', nameZh: '丁' },
];
const edges = [
  { id: 'e2', type: 'CITES', from: 'b', to: 'a' },
  { id: 'e1', type: 'CONTROLLED_BY', from: 'a', to: 'c' },
  { id: 'e3', type: 'CONTROLLED_BY', from: 'a', to: 'd' },
  { id: 'e4', type: 'EMPLOYS', from: 'c', to: 'x' },
];
const data = dataReducer(EMPTY_DATA, { type: 'merge', nodes, edges });

describe('visibleGraph', () => {
  it('draws the known visible nodes and every relationship among them', () => {
    const g = visibleGraph({ ...INITIAL_VIEW, nodes: ['a', 'b', 'c', 'unknown'] }, data);
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(g.kindCounts).toEqual({ TECHNOLOGY: 1, DOCUMENT: 1, REGIME: 1 });
    expect(g.relTypeCounts).toEqual({ CITES: 1, CONTROLLED_BY: 1 });
  });

  it('filters out hidden kinds (with their edges) and hidden relationship types', () => {
    const g = visibleGraph(
      { ...INITIAL_VIEW, nodes: ['a', 'b', 'c', 'd'], hiddenKinds: ['DOCUMENT'], hiddenRelTypes: ['CONTROLLED_BY'] },
      data,
    );
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'c', 'd']);
    expect(g.edges).toEqual([]);
    expect(g.filteredOut).toEqual({ DOCUMENT: 1 });
    expect(g.kindCounts.DOCUMENT).toBe(1);
    expect(g.relTypeCounts).toEqual({ CONTROLLED_BY: 2 });
  });
});

describe('collapsible', () => {
  it('removes the neighbours that hang only on the node, keeping pinned or selected ones', () => {
    const drawn = edges.slice(0, 3);
    expect(collapsible('a', drawn)).toEqual(['b', 'c', 'd']);
    expect(collapsible('a', drawn, new Set(['c']))).toEqual(['b', 'd']);
    expect(collapsible('a', [...drawn, { id: 'e5', type: 'EMPLOYS', from: 'c', to: 'd' }])).toEqual(['b']);
    expect(collapsible('c', drawn)).toEqual([]);
    expect(collapsible('a', [{ id: 'loop', type: 'X', from: 'a', to: 'a' }])).toEqual([]);
  });
});

describe('pathsHighlight', () => {
  it('collects the nodes and edges of all paths', () => {
    const h = pathsHighlight([
      { nodes: [{ id: 'a' }, { id: 'c' }], edges: [{ id: 'e1' }] },
      { nodes: [{ id: 'a' }, { id: 'd' }], edges: [{ id: 'e3' }] },
    ]);
    expect([...h.nodes]).toEqual(['a', 'c', 'd']);
    expect([...h.edges]).toEqual(['e1', 'e3']);
    expect(h.weak).toBeUndefined();
  });

  it('marks what only the weak paths reach, and nothing that a strong path reaches', () => {
    const h = pathsHighlight(
      [{ nodes: [{ id: 'tech' }, { id: 'named' }], edges: [{ id: 'e1' }] }],
      [{ nodes: [{ id: 'tech' }, { id: 'lists' }, { id: 'regime' }], edges: [{ id: 'e2' }, { id: 'e3' }] }],
    );
    expect([...h.nodes].sort()).toEqual(['lists', 'named', 'regime', 'tech']);
    expect([...h.edges].sort()).toEqual(['e1', 'e2', 'e3']);
    expect([...(h.weak?.nodes ?? [])].sort()).toEqual(['lists', 'regime']);
    expect([...(h.weak?.edges ?? [])].sort()).toEqual(['e2', 'e3']);
  });
});
