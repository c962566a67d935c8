import { describe, expect, it } from 'vitest';
import { fitTransform, fromMap, panToCentre, toMap, union } from './minimapGeometry';

describe('minimap geometry', () => {
  it('fits the bounds into the map, centred, keeping the aspect ratio', () => {
    const t = fitTransform({ x1: 0, y1: 0, x2: 200, y2: 100 }, 112, 112, 6);
    expect(t.scale).toBeCloseTo(0.5);
    expect(toMap(t, { x: 0, y: 0 })).toEqual({ x: 6, y: 31 });
    expect(toMap(t, { x: 200, y: 100 })).toEqual({ x: 106, y: 81 });
  });

  it('reads a spot on the map back as the graph point it stands for', () => {
    const t = fitTransform({ x1: -300, y1: 40, x2: 500, y2: 900 }, 180, 120);
    const p = { x: 123.5, y: 456.25 };
    const back = fromMap(t, toMap(t, p));
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
  });

  it('never divides by zero for a single point', () => {
    const t = fitTransform({ x1: 5, y1: 5, x2: 5, y2: 5 }, 100, 80);
    expect(Number.isFinite(t.scale)).toBe(true);
  });

  it('unites the graph with the view, and pans so that a point is in the middle', () => {
    expect(union({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: -5, y1: 2, x2: 8, y2: 20 })).toEqual({
      x1: -5,
      y1: 0,
      x2: 10,
      y2: 20,
    });
    const pan = panToCentre({ x: 100, y: 50 }, 2, 800, 600);
    // Rendered position of the point = model × zoom + pan = the canvas's centre.
    expect({ x: 100 * 2 + pan.x, y: 50 * 2 + pan.y }).toEqual({ x: 400, y: 300 });
  });
});
