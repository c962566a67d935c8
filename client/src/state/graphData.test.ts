import { describe, expect, it } from 'vitest';
import { dataReducer, EMPTY_DATA, idsToFetch, linkToEdge, relationGroups } from './graphData';

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'H100', nameZh: 'H100' };
const gpu = { id: 'tech:gpu', kind: 'TECHNOLOGY', nameEn: 'GPU', nameZh: '图形处理器' };
const nvidia = { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达' };

describe('graph data', () => {
  it('turns a node’s relationships into edges pointing the right way', () => {
    expect(linkToEdge('tech:h100', { id: 'r1', type: 'EXAMPLE_OF', direction: 'OUT', other: gpu })).toEqual({
      id: 'r1',
      type: 'EXAMPLE_OF',
      from: 'tech:h100',
      to: 'tech:gpu',
    });
    expect(linkToEdge('tech:gpu', { id: 'r1', type: 'EXAMPLE_OF', direction: 'IN', other: h100 })).toEqual({
      id: 'r1',
      type: 'EXAMPLE_OF',
      from: 'tech:h100',
      to: 'tech:gpu',
    });
  });

  it('merges nodes, edges and links, and knows what still needs fetching', () => {
    let data = dataReducer(EMPTY_DATA, { type: 'merge', nodes: [h100], edges: [] });
    expect(idsToFetch(data, ['tech:h100', 'tech:gpu'])).toEqual(['tech:h100', 'tech:gpu']);
    data = dataReducer(data, {
      type: 'links',
      node: h100,
      links: [
        { id: 'r1', type: 'EXAMPLE_OF', direction: 'OUT', other: gpu },
        { id: 'r2', type: 'DEVELOPED_BY', direction: 'OUT', other: nvidia },
      ],
    });
    expect(Object.keys(data.nodes).sort()).toEqual(['org:nvidia', 'tech:gpu', 'tech:h100']);
    expect(Object.keys(data.edges).sort()).toEqual(['r1', 'r2']);
    expect(idsToFetch(data, ['tech:h100', 'tech:gpu'])).toEqual(['tech:gpu']);
    data = dataReducer(data, { type: 'missing', ids: ['tech:gpu', 'tech:gpu'] });
    expect(data.missing).toEqual(['tech:gpu']);
    expect(idsToFetch(data, ['tech:h100', 'tech:gpu'])).toEqual([]);
  });

  it('groups relationships by type with total and visible neighbours, biggest first', () => {
    const groups = relationGroups(
      [
        { id: 'r1', type: 'PART_OF', direction: 'OUT', other: gpu },
        { id: 'r2', type: 'PART_OF', direction: 'IN', other: nvidia },
        { id: 'r3', type: 'CITES', direction: 'IN', other: h100 },
        { id: 'r4', type: 'PART_OF', direction: 'IN', other: gpu },
      ],
      new Set(['tech:gpu']),
    );
    expect(groups).toEqual([
      { type: 'PART_OF', directions: ['OUT', 'IN'], total: 2, visible: 1 },
      { type: 'CITES', directions: ['IN'], total: 1, visible: 0 },
    ]);
  });
});
