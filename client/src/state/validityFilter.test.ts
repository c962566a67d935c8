import { describe, expect, it } from 'vitest';
import { visibleGraph } from './filter';
import { dataReducer, EMPTY_DATA, holdsOn } from './graphData';
import { INITIAL_VIEW } from './view';

const h100 = { id: 'tech:h100', kind: 'TECHNOLOGY', nameEn: 'H100', nameZh: 'H100' };
const rule = { id: 'regime:rule-2023', kind: 'REGIME', nameEn: 'Rule', nameZh: 'Rule' };
const old = { id: 'regime:old', kind: 'REGIME', nameEn: 'Old', nameZh: 'Old' };

const data = dataReducer(EMPTY_DATA, {
  type: 'links',
  node: h100,
  links: [
    { id: 'e-rule', type: 'CONTROLLED_BY', direction: 'OUT', other: rule },
    { id: 'e-old', type: 'CONTROLLED_BY', direction: 'OUT', other: old },
  ],
  validity: {
    'regime:rule-2023': { fromDay: '2023-10-17', toDay: null },
    'e-rule': { fromDay: '2023-10-17', toDay: null },
    'e-old': { fromDay: null, toDay: '2022-12-31' },
  },
});
const view = { ...INITIAL_VIEW, overview: false, nodes: [h100.id, rule.id, old.id] };

describe('holdsOn', () => {
  it('holds on both ends of the period, and always when undated', () => {
    const b = { fromDay: '2023-10-01', toDay: '2023-10-31' };
    expect([
      holdsOn(b, '2023-09-30'),
      holdsOn(b, '2023-10-01'),
      holdsOn(b, '2023-10-31'),
      holdsOn(b, '2023-11-01'),
    ]).toEqual([false, true, true, false]);
    expect(holdsOn(undefined, '1900-01-01')).toBe(true);
    expect(holdsOn({ fromDay: null, toDay: null }, '2023-01-01')).toBe(true);
  });
});

describe('the drawn graph as of a day', () => {
  it('leaves out what did not hold then, and counts the entities left out', () => {
    const before = visibleGraph({ ...view, asOf: '2022-09-01' }, data);
    expect(before.nodes.map((n) => n.id)).toEqual([h100.id, old.id]);
    expect(before.edges.map((e) => e.id)).toEqual(['e-old']);
    expect(before.notValid).toBe(1);
    const after = visibleGraph({ ...view, asOf: '2024-01-01' }, data);
    expect(after.nodes.map((n) => n.id)).toEqual([h100.id, rule.id, old.id]);
    expect(after.edges.map((e) => e.id)).toEqual(['e-rule']);
  });

  it('draws everything known when no day is chosen', () => {
    const today = visibleGraph(view, data);
    expect(today.edges.map((e) => e.id)).toEqual(['e-old', 'e-rule']);
    expect(today.notValid).toBe(0);
  });
});
