// The coverage matrix builder: column and row order, each row's strongest basis, and which rows are gaps.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../server/src/entity/model';
import { entityRecord } from './helpers/entityRecord';
import { buildMatrix, isGap, type CellRecord, type RowRecord } from '../../server/src/matrix/model';

function entity(id: string, kind: string, nameEn = id): EntityRecord {
  return entityRecord(id, kind, { nameEn, nameZh: nameEn });
}

const path = { nodes: [], edges: [], length: 1 };
const cell = (instrument: EntityRecord, basis: CellRecord['basis']): CellRecord => ({
  instrument,
  basis,
  via: 'DIRECT',
  path,
});

const wassenaar = entity('regime:wassenaar', 'REGIME');
const rule = entity('regime:rule', 'REGIME');
const treaty = entity('treaty:npt', 'TREATY');
const lists = entity('measure:lists', 'CONTROL_MEASURE');
const chips = entity('tech:chips', 'TECHNOLOGY', 'AI chips');
const h100 = entity('tech:h100', 'TECHNOLOGY', 'H100');
const a100 = entity('tech:a100', 'TECHNOLOGY', 'A100');
const weights = entity('tech:weights', 'TECHNOLOGY', 'Model weights');

const rows: RowRecord[] = [
  { technology: weights, category: weights, cells: [cell(lists, 'GENERAL')] },
  {
    technology: h100,
    category: chips,
    cells: [cell(lists, 'GENERAL'), cell(rule, 'NAMED'), cell(wassenaar, 'CATEGORY')],
  },
  { technology: chips, category: chips, cells: [cell(wassenaar, 'NAMED')] },
  { technology: a100, category: chips, cells: [cell(treaty, 'CATEGORY'), cell(wassenaar, 'CATEGORY')] },
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(rows);

  it('orders columns by kind, then rows covered, then id', () => {
    expect(matrix.columns.map((c) => c.id)).toEqual(['regime:wassenaar', 'regime:rule', 'treaty:npt', 'measure:lists']);
  });

  it('orders rows by category, the category first, then technology name', () => {
    expect(matrix.rows.map((r) => r.technology.id)).toEqual(['tech:chips', 'tech:a100', 'tech:h100', 'tech:weights']);
  });

  it('puts each row’s cells in column order and gives its strongest basis', () => {
    const h = matrix.rows.find((r) => r.technology.id === 'tech:h100');
    expect(h?.cells.map((c) => c.instrumentId)).toEqual(['regime:wassenaar', 'regime:rule', 'measure:lists']);
    expect(h?.strongest).toBe('NAMED');
    expect(matrix.rows.find((r) => r.technology.id === 'tech:a100')?.strongest).toBe('CATEGORY');
  });

  it('marks a row a gap when nothing covers it by name or category', () => {
    expect(matrix.rows.filter((r) => r.gap).map((r) => r.technology.id)).toEqual(['tech:weights']);
    expect(isGap([])).toBe(true);
    expect(isGap([{ basis: 'GENERAL' }])).toBe(true);
    expect(isGap([{ basis: 'GENERAL' }, { basis: 'CATEGORY' }])).toBe(false);
  });

  it('gives a row with no cells no strongest basis', () => {
    const lone = buildMatrix([{ technology: h100, category: h100, cells: [] }]);
    expect(lone.rows[0]?.strongest).toBeNull();
    expect(lone.rows[0]?.gap).toBe(true);
    expect(lone.columns).toEqual([]);
  });
});
