import { describe, expect, it } from 'vitest';
import { fitTarget, needsFit } from './viewport';

const view = { x1: 0, y1: 0, x2: 800, y2: 600, w: 800, h: 600 };
const picture = { x1: 0, y1: 0, w: 700, h: 500 };

describe('needsFit', () => {
  it('keeps the view when every new node, label included, lies inside it', () => {
    expect(needsFit(view, picture, [{ x1: 100, y1: 100, x2: 220, y2: 160 }])).toBe(false);
  });

  it('fits when only a new label reaches past the edge, though the node centre is inside', () => {
    expect(needsFit(view, picture, [{ x1: 740, y1: 100, x2: 830, y2: 160 }])).toBe(true);
    expect(needsFit(view, picture, [{ x1: 100, y1: 560, x2: 200, y2: 610 }])).toBe(true);
  });

  it('fits a picture that fills less than half the view', () => {
    expect(needsFit(view, { x1: 0, y1: 0, w: 200, h: 150 }, [])).toBe(true);
  });
});

describe('fitTarget', () => {
  const limits = { minZoom: 0.04, maxZoom: 1.4 };
  const boxes = [
    { x1: -400, y1: -120, x2: -300, y2: -80 },
    { x1: 250, y1: 300, x2: 460, y2: 355 },
    { x1: 0, y1: 0, x2: 30, y2: 30 },
  ];
  const onScreen = (b: (typeof boxes)[number], t: { zoom: number; pan: { x: number; y: number } }) => ({
    x1: b.x1 * t.zoom + t.pan.x,
    y1: b.y1 * t.zoom + t.pan.y,
    x2: b.x2 * t.zoom + t.pan.x,
    y2: b.y2 * t.zoom + t.pan.y,
  });

  it('puts every box inside the view, padding kept, whatever the view shape', () => {
    for (const view of [
      { width: 724, height: 525 },
      { width: 390, height: 420 },
      { width: 1100, height: 300 },
    ]) {
      const t = fitTarget(boxes, view, limits, 48);
      expect(t).not.toBeNull();
      if (!t) continue;
      for (const b of boxes.map((box) => onScreen(box, t))) {
        expect(b.x1).toBeGreaterThanOrEqual(48 - 1e-6);
        expect(b.y1).toBeGreaterThanOrEqual(48 - 1e-6);
        expect(b.x2).toBeLessThanOrEqual(view.width - 48 + 1e-6);
        expect(b.y2).toBeLessThanOrEqual(view.height - 48 + 1e-6);
      }
    }
  });

  it('fills the tighter direction exactly and centres the picture', () => {
    const t = fitTarget(boxes, { width: 960, height: 700 }, limits, 48);
    // The picture is 860 wide and 475 high; 864 px of width are free: the width decides.
    expect(t?.zoom).toBeCloseTo(864 / 860, 6);
    const all = boxes.map((b) => onScreen(b, t ?? { zoom: 1, pan: { x: 0, y: 0 } }));
    const top = Math.min(...all.map((b) => b.y1));
    const bottom = Math.max(...all.map((b) => b.y2));
    expect(top - 0).toBeCloseTo(700 - bottom, 6);
  });

  it('does not zoom a small picture in past the limit, and gives nothing for no boxes', () => {
    expect(fitTarget([{ x1: 0, y1: 0, x2: 20, y2: 20 }], { width: 800, height: 600 }, limits)?.zoom).toBe(1.4);
    expect(fitTarget([], { width: 800, height: 600 }, limits)).toBeNull();
  });
});
