/** Where a menu goes: at the pointer, moved back inside the viewport when it would stick out. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

/** Keeps this many pixels between a menu and the edge of the viewport. */
export const MENU_MARGIN = 4;

export function placeMenu(point: { x: number; y: number }, menu: Box, viewport: Box): { left: number; top: number } {
  const clamp = (at: number, size: number, room: number) =>
    Math.max(MENU_MARGIN, Math.min(at, room - size - MENU_MARGIN));
  return { left: clamp(point.x, menu.width, viewport.width), top: clamp(point.y, menu.height, viewport.height) };
}
