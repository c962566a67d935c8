/**
 * Pure changes of the view: each takes the store's state and returns what changes, so it is tested without React
 * or a server. Graph changes go through the view reducer, which keeps the undo history.
 */
import { collapsible } from '../../state/filter';
import type { NodeInfo, Panel } from '../../state/types';
import { viewReducer, type ViewAction, type ViewState } from '../../state/view';
import { mergeNodes } from '../graph/actions';
import { selectGraph } from '../selectors';
import type { AtlasState, Update } from '../store';

export function viewAction(action: ViewAction): Update {
  return (state) => ({ history: viewReducer(state.history, action) });
}

/** Several view changes as one update (e.g. "show all" clears both legend filters). */
export function viewActions(actions: readonly ViewAction[]): Update {
  return (state) => ({ history: actions.reduce(viewReducer, state.history) });
}

export function select(ids: readonly string[]): Update {
  return viewAction({ type: 'select', ids });
}

/** Another side panel; a result drawn alone belongs to the panel it was picked in. */
export function setPanel(panel: Panel): Update {
  return (state) => ({ focusedPath: null, history: viewReducer(state.history, { type: 'setPanel', panel }) });
}

/**
 * An entity picked in a search: added to the view and selected; from the start page, shown on its own in a
 * fresh view (its relationships are one click away).
 */
export function open(node: NodeInfo): Update {
  return (state) => {
    const data = mergeNodes(state.data, [node]);
    const view = state.history.present;
    const action: ViewAction =
      !view.overview && view.nodes.length > 0
        ? { type: 'addNodes', ids: [node.id], select: [node.id] }
        : { type: 'replaceNodes', ids: [node.id], select: [node.id], panel: { type: 'start' } };
    return { data, history: viewReducer(state.history, action) };
  };
}

/** Removes what only this node brought into view; pinned and selected nodes stay. */
export function collapse(nodeId: string): Update {
  return (state) => {
    const view = state.history.present;
    const keep = new Set([...view.pinned, ...view.selection, nodeId]);
    const ids = collapsible(nodeId, selectGraph(state).edges, keep);
    return ids.length > 0 ? { history: viewReducer(state.history, { type: 'removeNodes', ids }) } : {};
  };
}

export function hide(ids: readonly string[]): Update {
  return (state) => {
    const visible = new Set(state.history.present.nodes);
    const nodes = ids.filter((id) => visible.has(id));
    return nodes.length > 0 ? { history: viewReducer(state.history, { type: 'removeNodes', ids: nodes }) } : {};
  };
}

export function pin(ids: readonly string[], pinned: boolean): Update {
  return viewAction({ type: 'pin', ids, pinned });
}

/** An empty canvas, back on the start page; no result stays pinned. */
export const clear: Update = (state) => ({
  notice: null,
  pinnedResults: [],
  history: viewReducer(state.history, {
    type: 'replaceNodes',
    ids: [],
    select: [],
    panel: { type: 'start' },
    groups: [],
  }),
});

/** The start page's overview of the best-connected entities again, as one undoable step; no result stays pinned. */
export const backToOverview: Update = (state) => ({
  notice: null,
  pinnedResults: [],
  focusedPath: null,
  history: viewReducer(state.history, {
    type: 'replaceNodes',
    ids: state.overviewIds ?? [],
    overview: true,
    select: [],
    panel: { type: 'start' },
  }),
});

/** True while the canvas shows the start page's overview (the back-to-overview action then has nothing to do). */
export function atOverview(state: AtlasState): boolean {
  return state.history.present.overview;
}

/**
 * A saved view (or any view read from a link) shown in the current language, as one undoable step: its nodes replace
 * the view's, then its filters, layout, selection and panel are restored.
 */
export function openView(view: ViewState): Update {
  return (state) => {
    const replaced = viewReducer(state.history, {
      type: 'replaceNodes',
      ids: view.nodes,
      overview: view.overview,
      select: view.selection,
      panel: view.panel,
    });
    const lang = state.history.present.lang;
    return {
      notice: null,
      pinnedResults: [],
      focusedPath: null,
      history: viewReducer(replaced, { type: 'restore', view: { ...view, lang } }),
    };
  };
}

export const undo: Update = viewAction({ type: 'undo' });
export const redo: Update = viewAction({ type: 'redo' });

export function canUndo(state: AtlasState): boolean {
  return state.history.past.length > 0;
}

export function canRedo(state: AtlasState): boolean {
  return state.history.future.length > 0;
}
