import { describe, expect, it } from 'vitest';
import { matrix } from '../../test/matrix';
import { DEFAULT_MATRIX_OPTIONS, matrixCategories, matrixTable, type MatrixOptions } from './table';

const table = (options: Partial<MatrixOptions>, lang: 'en' | 'zh' = 'en') =>
  matrixTable(matrix, { ...DEFAULT_MATRIX_OPTIONS, ...options }, lang);
const rowIds = (t: ReturnType<typeof table>) => t.groups.flatMap((g) => g.rows.map((r) => r.technology.id));

describe('matrixTable', () => {
  it('keeps the server order, grouped by category, by default', () => {
    const t = table({});
    expect(t.groups.map((g) => g.category.id)).toEqual(['tech:chips', 'tech:models']);
    expect(rowIds(t)).toEqual(['tech:chips', 'tech:nvidia-h100', 'tech:nvidia-a100', 'tech:model-weights']);
    expect(t.columns.map((c) => c.id)).toEqual(['regime:wassenaar', 'regime:us-2022', 'measure:catch-all']);
    expect([t.shownRows, t.totalRows, t.shownColumns, t.totalColumns]).toEqual([4, 4, 3, 3]);
  });

  it('filters rows by text in either language, by category, and to gaps', () => {
    expect(rowIds(table({ rowText: 'h100' }))).toEqual(['tech:nvidia-h100']);
    expect(rowIds(table({ rowText: '权重' }))).toEqual(['tech:model-weights']);
    // A category's name keeps all of its technologies.
    expect(rowIds(table({ rowText: 'AI chips' }))).toHaveLength(3);
    expect(rowIds(table({ category: 'tech:models' }))).toEqual(['tech:model-weights']);
    expect(rowIds(table({ gapsOnly: true }))).toEqual(['tech:model-weights']);
    expect(table({ rowText: 'nothing like it' }).groups).toEqual([]);
  });

  it('sorts rows within their category by name, weakest coverage or fewest instruments', () => {
    expect(rowIds(table({ rowSort: 'name' }))).toEqual([
      'tech:chips',
      'tech:nvidia-a100',
      'tech:nvidia-h100',
      'tech:model-weights',
    ]);
    expect(rowIds(table({ rowSort: 'strength' }))).toEqual([
      'tech:chips',
      'tech:nvidia-a100',
      'tech:nvidia-h100',
      'tech:model-weights',
    ]);
    expect(rowIds(table({ rowSort: 'covered' }))).toEqual([
      'tech:chips',
      'tech:nvidia-a100',
      'tech:nvidia-h100',
      'tech:model-weights',
    ]);
  });

  it('filters and sorts the columns', () => {
    expect(table({ columnText: 'wass' }).columns.map((c) => c.id)).toEqual(['regime:wassenaar']);
    expect(table({ columnKind: 'CONTROL_MEASURE' }).columns.map((c) => c.id)).toEqual(['measure:catch-all']);
    expect(table({ columnSort: 'name' }).columns.map((c) => c.id)).toEqual([
      'measure:catch-all',
      'regime:us-2022',
      'regime:wassenaar',
    ]);
    expect(table({ columnSort: 'covered' }).columns.map((c) => c.id)).toEqual([
      'regime:wassenaar',
      'measure:catch-all',
      'regime:us-2022',
    ]);
    expect(table({ columnText: 'wass' }).shownColumns).toBe(1);
  });

  it('lists the categories in the matrix order', () => {
    expect(matrixCategories(matrix).map((c) => c.id)).toEqual(['tech:chips', 'tech:models']);
  });
});
