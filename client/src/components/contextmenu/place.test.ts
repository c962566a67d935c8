import { describe, expect, it } from 'vitest';
import { MENU_MARGIN, placeMenu } from './place';

describe('placeMenu', () => {
  const viewport = { width: 800, height: 600 };
  const menu = { width: 200, height: 300 };

  it('opens at the pointer when the menu fits there', () => {
    expect(placeMenu({ x: 100, y: 50 }, menu, viewport)).toEqual({ left: 100, top: 50 });
  });

  it('moves back inside the viewport at the right and bottom edges, and never past the top left', () => {
    expect(placeMenu({ x: 750, y: 580 }, menu, viewport)).toEqual({
      left: 800 - 200 - MENU_MARGIN,
      top: 600 - 300 - MENU_MARGIN,
    });
    expect(placeMenu({ x: 10, y: 10 }, { width: 900, height: 700 }, viewport)).toEqual({
      left: MENU_MARGIN,
      top: MENU_MARGIN,
    });
  });
});
