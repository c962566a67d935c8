/** Pure changes of the context menu: opened on something, closed, and relationships hidden one by one or shown again. */
import type { ContextMenuState, Update } from '../store';

export function openMenu(menu: ContextMenuState): Update {
  return () => ({ contextMenu: menu });
}

export const closeMenu: Update = () => ({ contextMenu: null });

export function hideEdge(id: string): Update {
  return (state) => ({
    hiddenEdges: state.hiddenEdges.includes(id) ? state.hiddenEdges : [...state.hiddenEdges, id],
    history: {
      ...state.history,
      present: { ...state.history.present, selection: state.history.present.selection.filter((s) => s !== id) },
    },
  });
}

export const showEdges: Update = () => ({ hiddenEdges: [] });
