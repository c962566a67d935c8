import { describe, expect, it } from 'vitest';
import { boxesOverlap, outsideView, overlappingPairs, summarise, type NodeBoxes } from './overlap';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

/** A 20×20 body at (x, y) with a 60×14 label centred below it. */
function node(id: string, x: number, y: number, label = true): NodeBoxes {
  return {
    id,
    body: box(x - 10, y - 10, x + 10, y + 10),
    label: label ? box(x - 30, y + 14, x + 30, y + 28) : null,
  };
}

describe('boxesOverlap', () => {
  it('counts a shared area and not boxes that only touch', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 10.2, 10, 20))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(3, 3, 4, 4))).toBe(true);
  });
});

describe('overlappingPairs', () => {
  it('finds nothing when nodes are far apart, and never counts a label against its own node', () => {
    const pairs = overlappingPairs([node('a', 0, 0), node('b', 200, 0), node('c', 0, 200)]);
    expect(pairs).toEqual([]);
  });

  it('finds two labels side by side that overlap', () => {
    const pairs = overlappingPairs([node('a', 0, 0), node('b', 40, 0)]);
    expect(pairs).toEqual([{ kind: 'label-label', a: 'a', b: 'b' }]);
  });

  it('finds a label lying over the node below it, naming the label first', () => {
    const pairs = overlappingPairs([node('below', 0, 30, false), node('above', 0, 0)]);
    expect(pairs).toEqual([{ kind: 'label-node', a: 'above', b: 'below' }]);
  });

  it('ignores hidden labels and two bodies without labels', () => {
    expect(overlappingPairs([node('a', 0, 0, false), node('b', 5, 0, false)])).toEqual([]);
  });

  it('counts every pair in a pile, whatever the input order', () => {
    const pile = [node('a', 0, 0), node('b', 2, 0), node('c', 4, 0)];
    const forward = summarise(overlappingPairs(pile));
    const backward = summarise(overlappingPairs([...pile].reverse()));
    // Three labels pairwise; the labels sit below the bodies, clear of them.
    expect(forward).toEqual({ labelLabel: 3, labelNode: 0, nodesInvolved: 3 });
    expect(backward).toEqual(forward);
  });
});

describe('a column of nodes', () => {
  it('counts each label over the body below it', () => {
    const column = [node('a', 0, 0), node('b', 0, 20), node('c', 0, 40)];
    expect(overlappingPairs(column)).toEqual(
      expect.arrayContaining([
        { kind: 'label-node', a: 'a', b: 'b' },
        { kind: 'label-node', a: 'b', b: 'c' },
      ]),
    );
    expect(summarise(overlappingPairs(column))).toEqual({ labelLabel: 0, labelNode: 2, nodesInvolved: 3 });
  });
});

describe('outsideView', () => {
  it('names the nodes whose body or label crosses the edge of the view', () => {
    const inside = node('in', 100, 100);
    const labelOut = node('label-out', 100, 190);
    const bodyOut = node('body-out', 395, 100, false);
    expect(outsideView([inside, labelOut, bodyOut], 400, 200)).toEqual(['label-out', 'body-out']);
  });
});
