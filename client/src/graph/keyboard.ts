/**
 * Keyboard use of the canvas: arrow keys step through the nodes in reading order (top to bottom, then left to
 * right), + and - zoom, 0 fits, Enter expands, Delete hides, Escape clears the selection and the ContextMenu key
 * (or Shift+F10) opens the context menu of the selection. Which key does what
 * is a pure mapping (keyAction, stepThrough); handleCanvasKey carries it out.
 */
import type { Core, Position } from 'cytoscape';
import { fitView, KEY_ZOOM_STEP, QUICK_MS, zoomNow, type Animate } from './viewport';

export type KeyCommand = 'expand' | 'hide' | 'escape';

/** What a context menu is asked for: a node, an edge, or the view itself. */
export type MenuRequest = { readonly type: 'node' | 'edge'; readonly id: string } | { readonly type: 'canvas' };

/** Where (viewport pixels) a context menu was asked for. */
export type MenuPoint = { readonly x: number; readonly y: number };

export type KeyAction =
  | { readonly type: 'step'; readonly by: 1 | -1 }
  | { readonly type: 'zoom'; readonly direction: 'in' | 'out' }
  | { readonly type: 'fit' }
  | { readonly type: 'command'; readonly command: KeyCommand }
  | { readonly type: 'menu' };

/** The key pressed, with Shift+F10 read as the ContextMenu key it stands for. */
export function keyName(event: { readonly key: string; readonly shiftKey: boolean }): string {
  return event.shiftKey && event.key === 'F10' ? 'ContextMenu' : event.key;
}

export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case 'ContextMenu':
      return { type: 'menu' };
    case 'ArrowDown':
    case 'ArrowRight':
      return { type: 'step', by: 1 };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { type: 'step', by: -1 };
    case '+':
    case '=':
      return { type: 'zoom', direction: 'in' };
    case '-':
      return { type: 'zoom', direction: 'out' };
    case '0':
      return { type: 'fit' };
    case 'Enter':
      return { type: 'command', command: 'expand' };
    case 'Delete':
    case 'Backspace':
      return { type: 'command', command: 'hide' };
    case 'Escape':
      return { type: 'command', command: 'escape' };
    default:
      return null;
  }
}

/**
 * The node after (or before) the selected one in reading order, wrapping around. With nothing selected the count
 * starts just before the first node: forward gives the first, back the last but one.
 */
export function stepThrough(
  nodes: readonly { readonly id: string; readonly position: Position }[],
  selectedId: string | undefined,
  by: 1 | -1,
): string | undefined {
  if (nodes.length === 0) return undefined;
  const ordered = [...nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const index = selectedId === undefined ? -1 : ordered.findIndex((n) => n.id === selectedId);
  return ordered[(index + by + ordered.length) % ordered.length]?.id;
}

export interface KeyTargets {
  readonly animate: Animate;
  readonly onSelectionChange: (ids: string[]) => void;
  readonly onKeyCommand: (command: KeyCommand) => void;
  readonly onContextMenu: (target: MenuRequest, point: MenuPoint) => void;
}

/** The selected element the keyboard's context menu is for (the first node, else the first edge) and where it is. */
function keyboardMenu(cy: Core): { target: MenuRequest; point: MenuPoint } {
  const rect = cy.container()?.getBoundingClientRect();
  const at = (p: Position): MenuPoint => ({ x: (rect?.left ?? 0) + p.x, y: (rect?.top ?? 0) + p.y });
  const node = cy.nodes(':selected').first();
  if (node.nonempty()) return { target: { type: 'node', id: node.id() }, point: at(node.renderedPosition()) };
  const edge = cy.edges(':selected').first();
  if (edge.nonempty()) return { target: { type: 'edge', id: edge.id() }, point: at(edge.renderedMidpoint()) };
  return { target: { type: 'canvas' }, point: at({ x: cy.width() / 2, y: cy.height() / 2 }) };
}

/** Carries out a key on the canvas; returns true when the key was used up (the browser's default is prevented). */
export function handleCanvasKey(cy: Core, key: string, targets: KeyTargets): boolean {
  const action = keyAction(key);
  switch (action?.type) {
    case undefined:
      return false;
    case 'step': {
      const nodes = cy.nodes().map((n) => ({ id: n.id(), position: n.position() }));
      const next = stepThrough(nodes, cy.nodes(':selected').map((n) => n.id())[0], action.by);
      if (next === undefined) return false;
      targets.onSelectionChange([next]);
      targets.animate(cy, { center: { eles: cy.getElementById(next) } }, QUICK_MS);
      return true;
    }
    case 'zoom':
      zoomNow(cy, action.direction === 'in' ? KEY_ZOOM_STEP : 1 / KEY_ZOOM_STEP);
      return false;
    case 'fit':
      fitView(cy, false);
      return false;
    case 'command':
      targets.onKeyCommand(action.command);
      return false;
    case 'menu': {
      const { target, point } = keyboardMenu(cy);
      targets.onContextMenu(target, point);
      return true;
    }
  }
}
