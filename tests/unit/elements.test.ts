import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements';
import { KIND_STYLES } from '../../client/src/graph/kinds';

describe('toElements', () => {
  it('maps nodes with kind colour and shape, and edges with a readable label', () => {
    const elements = toElements(
      [
        { id: 'tech:gpu', kind: 'TECHNOLOGY', name: 'GPU' },
        { id: 'measure:chips', kind: 'CONTROL_MEASURE', name: 'Chip export restrictions' },
      ],
      [{ id: 'e1', type: 'CONTROLLED_BY', from: 'tech:gpu', to: 'measure:chips' }],
    );
    expect(elements).toEqual([
      {
        group: 'nodes',
        data: { id: 'tech:gpu', label: 'GPU', kind: 'TECHNOLOGY', color: '#1f77b4', shape: 'round-rectangle' },
      },
      {
        group: 'nodes',
        data: {
          id: 'measure:chips',
          label: 'Chip export restrictions',
          kind: 'CONTROL_MEASURE',
          color: '#ff7f0e',
          shape: 'diamond',
        },
      },
      {
        group: 'edges',
        data: { id: 'e1', source: 'tech:gpu', target: 'measure:chips', type: 'CONTROLLED_BY', label: 'controlled by' },
      },
    ]);
  });

  it('drops edges whose ends are not drawn', () => {
    const elements = toElements(
      [{ id: 'a', kind: 'CONCEPT', name: 'A' }],
      [{ id: 'e', type: 'RAISES', from: 'a', to: 'missing' }],
    );
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(0);
  });

  it('gives every kind a distinct shape and colour', () => {
    const styles = Object.values(KIND_STYLES);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
  });
});
