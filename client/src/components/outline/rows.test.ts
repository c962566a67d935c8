import { describe, expect, it } from 'vitest';
import { dataReducer, EMPTY_DATA } from '../../state/graphData';
import { filterRows, nextSort, outlineRows, sortRows, type OutlineRow } from './rows';

const node = (id: string, kind: string, name: string) => ({ id, kind, nameEn: name, nameZh: name });
const nodes = [
  node('tech:h100', 'TECHNOLOGY', 'NVIDIA H100'),
  node('regime:wa', 'REGIME', 'Wassenaar Arrangement'),
  node('tech:gpu', 'TECHNOLOGY', 'GPU'),
];
const edges = [
  { id: 'e1', type: 'EXAMPLE_OF', from: 'tech:h100', to: 'tech:gpu' },
  { id: 'e2', type: 'CONTROLLED_BY', from: 'tech:gpu', to: 'regime:wa' },
];
const other = node('x', 'TECHNOLOGY', 'X');
const links = ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'R', direction: 'OUT' as const, other }));
const data = dataReducer(EMPTY_DATA, { type: 'links', node: nodes[2] ?? other, links, sources: 3 });
const rows = outlineRows(
  nodes,
  edges,
  data,
  (n) => n.nameEn,
  (k) => k.toLowerCase(),
);
const names = (list: readonly OutlineRow[]) => list.map((r) => r.name);

describe('the Outline table', () => {
  it('counts relationships drawn and in all, and sources, unknown until fetched', () => {
    expect(rows.find((r) => r.id === 'tech:gpu')).toMatchObject({
      drawn: 2,
      total: 4,
      sources: 3,
      kindLabel: 'technology',
    });
    expect(rows.find((r) => r.id === 'tech:h100')).toMatchObject({ drawn: 1, total: null, sources: null });
  });

  it('sorts by each column, numbers largest first, and reverses on a second click', () => {
    expect(names(sortRows(rows, { key: 'name', dir: 'ascending' }))).toEqual([
      'GPU',
      'NVIDIA H100',
      'Wassenaar Arrangement',
    ]);
    const byDegree = nextSort({ key: 'name', dir: 'ascending' }, 'degree');
    expect(byDegree).toEqual({ key: 'degree', dir: 'descending' });
    // Ties (H100 and Wassenaar both draw one relationship) go by name.
    expect(names(sortRows(rows, byDegree))).toEqual(['GPU', 'NVIDIA H100', 'Wassenaar Arrangement']);
    expect(names(sortRows(rows, nextSort(byDegree, 'degree')))).toEqual([
      'NVIDIA H100',
      'Wassenaar Arrangement',
      'GPU',
    ]);
    expect(names(sortRows(rows, { key: 'kind', dir: 'descending' }))[0]).toBe('GPU');
    expect(names(sortRows(rows, { key: 'sources', dir: 'descending' }))[0]).toBe('GPU');
  });

  it('filters by text in the name or id, and by kind', () => {
    expect(names(filterRows(rows, '  h100 ', null))).toEqual(['NVIDIA H100']);
    expect(names(filterRows(rows, 'regime:', null))).toEqual(['Wassenaar Arrangement']);
    expect(names(filterRows(rows, '', 'TECHNOLOGY'))).toEqual(['NVIDIA H100', 'GPU']);
    expect(filterRows(rows, 'gpu', 'REGIME')).toEqual([]);
  });
});
