import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { diffElements, type DrawnElement } from './diff';

const node = (id: string, label = id, classes = ''): ElementDefinition => ({
  group: 'nodes',
  data: { id, label },
  classes,
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
});
const drawn = (def: ElementDefinition, pinned = false): DrawnElement => ({
  id: String(def.data.id),
  isNode: def.group === 'nodes',
  data: def.data,
  pinned,
});
const nowhere = () => undefined;

describe('diffElements', () => {
  it('adds everything to an empty canvas, nodes before edges so that edges find their ends', () => {
    const diff = diffElements([], [edge('e', 'a', 'b'), node('a'), node('b')], nowhere);
    expect(diff.add.map((e) => e.data.id)).toEqual(['a', 'b', 'e']);
    expect(diff.added).toEqual(['a', 'b']);
    expect(diff.restored).toEqual([]);
    expect(diff.remove).toEqual([]);
    expect(diff.update).toEqual([]);
  });

  it('removes what is no longer wanted and leaves unchanged elements alone', () => {
    const a = node('a');
    const b = node('b');
    const e = edge('e', 'a', 'b');
    const diff = diffElements(
      [a, b, e].map((d) => drawn(d)),
      [a],
      nowhere,
    );
    expect(diff.remove).toEqual(['b', 'e']);
    expect(diff.add).toEqual([]);
    expect(diff.update).toEqual([]);
  });

  it('updates only the data keys that changed, and the pin when it changed', () => {
    const diff = diffElements(
      [drawn(node('a', 'Alpha')), drawn(node('b', 'Beta')), drawn(node('c', 'Gamma'), true)],
      [node('a', 'Alpha'), node('b', '贝塔', 'pinned'), node('c', 'Gamma')],
      nowhere,
    );
    expect(diff.update).toEqual([
      { id: 'b', data: { label: '贝塔' }, pinned: true },
      { id: 'c', data: {}, pinned: false },
    ]);
  });

  it('brings a node drawn before back at its last position and tells it apart from new ones', () => {
    const known = new Map([['a', { x: 10, y: 20 }]]);
    const diff = diffElements([], [node('a'), node('b')], (id) => known.get(id));
    expect(diff.restored).toEqual(['a']);
    expect(diff.added).toEqual(['b']);
    expect(diff.add[0]).toMatchObject({ data: { id: 'a' }, position: { x: 10, y: 20 } });
    expect(diff.add[1]).not.toHaveProperty('position');
    // The known position is copied, not shared with the canvas's memory.
    expect(diff.add[0]?.position).not.toBe(known.get('a'));
  });
});
