import { describe, expect, it } from 'vitest';
import { overlappingPairs } from './overlap';
import { crowded, separate, SEPARATION_GAP, type SeparateItem } from './separate';

const item = (id: string, x: number, y: number, w = 60, h = 40, fixed = false): SeparateItem => ({
  id,
  box: { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 },
  fixed,
});

/** The boxes after the moves, as labelled nodes for the overlap measure. */
function after(items: readonly SeparateItem[]) {
  const moves = separate(items);
  return items.map((i) => {
    const m = moves.get(i.id) ?? { dx: 0, dy: 0 };
    const box = { x1: i.box.x1 + m.dx, y1: i.box.y1 + m.dy, x2: i.box.x2 + m.dx, y2: i.box.y2 + m.dy };
    return { id: i.id, body: box, label: box };
  });
}

describe('separate', () => {
  it('leaves boxes that do not overlap where they are', () => {
    expect(separate([item('a', 0, 0), item('b', 200, 0)]).size).toBe(0);
  });

  it('moves the outer of two overlapping boxes the shortest way out, and keeps the gap', () => {
    const moves = separate([item('middle', 0, 0), item('outer', 50, 5), item('far', -300, 0)]);
    expect(moves.has('middle')).toBe(false);
    const outer = moves.get('outer');
    // It overlapped by 10 along x and 35 along y: it moves sideways, by a little more than 10 and the gap.
    expect(outer?.dx).toBeGreaterThanOrEqual(10 + SEPARATION_GAP);
    expect(outer?.dx).toBeLessThan(10 + SEPARATION_GAP + 10);
    expect(Math.abs(outer?.dy ?? 0)).toBeLessThan(8);
  });

  it('never moves a fixed node', () => {
    const moves = separate([item('fixed', 0, 0, 60, 40, true), item('new', 10, 10)]);
    expect(moves.has('fixed')).toBe(false);
    expect(moves.get('new')).toBeDefined();
  });

  it('untangles a pile of twenty boxes on one spot, the same way whatever the input order', () => {
    const pile = Array.from({ length: 20 }, (_, i) => item(`n${String(i).padStart(2, '0')}`, i % 3, i % 2));
    const out = after(pile);
    expect(overlappingPairs(out)).toEqual([]);
    const reversed = after([...pile].reverse());
    const byId = (list: typeof out) => Object.fromEntries(list.map((n) => [n.id, n.body]));
    expect(byId(reversed)).toEqual(byId(out));
  });

  it('clears a dense grid of labelled nodes', () => {
    const grid = Array.from({ length: 60 }, (_, i) => item(`g${i}`, (i % 10) * 40, Math.floor(i / 10) * 25, 90, 36));
    expect(overlappingPairs(after(grid))).toEqual([]);
  });
});

describe('crowded', () => {
  const staying = (id: string, x: number, kept = false) => ({ ...item(id, x, 0), kept });

  it('lets no staying node move while none overlaps another', () => {
    expect(crowded([staying('a', 0), staying('b', 100), staying('c', 200)])).toEqual(new Set());
  });

  it('moves the later of two overlapping nodes, and never a kept one', () => {
    expect(crowded([staying('a', 0), staying('b', 30)])).toEqual(new Set(['b']));
    expect(crowded([staying('a', 0), staying('b', 30, true)])).toEqual(new Set(['a']));
  });

  it('counts the gap as part of the overlap', () => {
    expect(crowded([staying('a', 0), staying('b', 60 + SEPARATION_GAP - 1)])).toEqual(new Set(['b']));
    expect(crowded([staying('a', 0), staying('b', 60 + SEPARATION_GAP + 1)])).toEqual(new Set());
  });
});
