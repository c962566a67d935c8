import { describe, expect, it } from 'vitest';
import { dataReducer, EMPTY_DATA } from './graphData';
import { MAX_NODE_SIZE, measureValues, MIN_NODE_SIZE, NODE_SIZE, sizeRule } from './size';

const node = (id: string) => ({ id, kind: 'TECHNOLOGY', nameEn: id, nameZh: id });
const nodes = ['a', 'b', 'c', 'd'].map(node);
const edges = [
  { id: 'ab', type: 'R', from: 'a', to: 'b' },
  { id: 'ac', type: 'R', from: 'a', to: 'c' },
  { id: 'ad', type: 'R', from: 'a', to: 'd' },
  { id: 'bc', type: 'R', from: 'b', to: 'c' },
];

describe('node size by a measure', () => {
  it('counts drawn relationships, all known relationships, or sources', () => {
    expect(Object.fromEntries(measureValues('degree', nodes, edges, EMPTY_DATA))).toEqual({ a: 3, b: 2, c: 2, d: 1 });
    const other = node('z');
    const links = [0, 1, 2, 3, 4].map((i) => ({ id: `l${i}`, type: 'R', direction: 'OUT' as const, other }));
    const data = dataReducer(EMPTY_DATA, { type: 'links', node: node('d'), links, sources: 7 });
    const total = measureValues('total', nodes, edges, data);
    expect(total.get('d')).toBe(5);
    expect(total.get('a')).toBe(0);
    expect(measureValues('sources', nodes, edges, data).get('d')).toBe(7);
    expect(measureValues('none', nodes, edges, data).size).toBe(0);
  });

  it('maps the smallest value to the smallest size and the largest to the largest, by area', () => {
    const rule = sizeRule(
      'degree',
      new Map([
        ['a', 1],
        ['b', 4],
        ['c', 16],
      ]),
    );
    expect(rule.range).toEqual({ min: 1, max: 16 });
    expect(rule.sizes.get('a')).toBe(MIN_NODE_SIZE);
    expect(rule.sizes.get('c')).toBe(MAX_NODE_SIZE);
    // sqrt: 1 → 0, 2 → 1/3, 4 → 1 of the span.
    expect(rule.sizes.get('b')).toBe(Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 3));
  });

  it('draws every node the same when the values are equal or no measure is chosen', () => {
    const equal = sizeRule(
      'sources',
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
    );
    expect([...equal.sizes.values()]).toEqual([NODE_SIZE, NODE_SIZE]);
    expect(sizeRule('none', new Map([['a', 2]])).range).toBeNull();
    expect(sizeRule('degree', new Map()).range).toBeNull();
  });
});
