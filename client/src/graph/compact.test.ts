import { describe, expect, it } from 'vitest';
import { compact, COMPACT_TARGET_ZOOM, fittedZoom } from './compact';
import { overlappingPairs, type Box } from './overlap';
import { separate, SEPARATION_GAP, type SeparateItem } from './separate';

const item = (id: string, x: number, y: number, fixed = false, w = 100, h = 40): SeparateItem => ({
  id,
  box: { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 },
  fixed,
});

/** A sparse picture as fcose leaves it: 6 × 5 nodes 260 apart, and one stray node far out. */
const sparse = [
  ...Array.from({ length: 30 }, (_, k) => item(`n${String(k)}`, (k % 6) * 260, Math.floor(k / 6) * 260)),
  item('stray', 3400, 300),
];

function boxesAfter(items: readonly SeparateItem[], moves: ReadonlyMap<string, { dx: number; dy: number }>): Box[] {
  return items.map((i) => {
    const m = moves.get(i.id) ?? { dx: 0, dy: 0 };
    return { x1: i.box.x1 + m.dx, y1: i.box.y1 + m.dy, x2: i.box.x2 + m.dx, y2: i.box.y2 + m.dy };
  });
}

const overlaps = (boxes: readonly Box[]) =>
  overlappingPairs(boxes.map((b, k) => ({ id: String(k), body: b, label: b }))).length;

describe('compact', () => {
  const view = { width: 900, height: 500 };

  it('pulls a sparse picture together until it is fitted at the wanted zoom, with no overlaps', () => {
    const before = fittedZoom(
      sparse.map((i) => i.box),
      view,
    );
    expect(before).toBeLessThan(0.3);
    const after = boxesAfter(sparse, compact(sparse, view));
    expect(fittedZoom(after, view)).toBeGreaterThanOrEqual(COMPACT_TARGET_ZOOM);
    expect(overlaps(after)).toBe(0);
  });

  it('is deterministic', () => {
    expect([...compact(sparse, view)]).toEqual([...compact(sparse, view)]);
  });

  it('never moves a fixed node', () => {
    const items = sparse.map((i) => (i.id === 'n7' || i.id === 'n14' ? { ...i, fixed: true } : i));
    const moves = compact(items, view);
    expect(moves.has('n7')).toBe(false);
    expect(moves.has('n14')).toBe(false);
    expect(moves.size).toBeGreaterThan(0);
  });

  it('only clears overlaps in a picture that can be read already', () => {
    const small = [item('a', 0, 0), item('b', 40, 10), item('c', 300, 0)];
    expect([...compact(small, view)]).toEqual([...separate(small, SEPARATION_GAP, 900 / 500)]);
  });

  it('comes as close as it can when the wanted zoom cannot be reached, still without overlaps', () => {
    const tiny = { width: 200, height: 150 };
    const after = boxesAfter(sparse, compact(sparse, tiny));
    expect(overlaps(after)).toBe(0);
    const cleared = boxesAfter(sparse, separate(sparse));
    expect(fittedZoom(after, tiny)).toBeGreaterThan(fittedZoom(cleared, tiny));
  });
});
