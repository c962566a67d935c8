import { describe, expect, it } from 'vitest';
import { needsFit } from './viewport';

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
