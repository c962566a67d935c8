/**
 * The view of the graph as pure state: which nodes are visible, pinned and selected, which kinds and
 * relationship types are filtered out, the layout, the language and the side panel. Edges are not stored:
 * the canvas draws every known relationship between two visible nodes, so the view is rebuilt from its ids.
 *
 * Graph changes (nodes added, removed, pinned, leaves gathered into or opened from "N more" groups) go on an
 * undo/redo history; selection, filters, layout and
 * language do not, as in the graph tools analysts know.
 */
import type { SizeMeasure } from './size';
import type { Lang, LayoutName, Panel } from './types';

export interface ViewState {
  /** Visible node ids, in the order they were added. */
  readonly nodes: readonly string[];
  /** True while the view is the start page's overview of the best-connected entities. */
  readonly overview: boolean;
  readonly pinned: readonly string[];
  /** Selected node and edge ids. */
  readonly selection: readonly string[];
  readonly hiddenKinds: readonly string[];
  readonly hiddenRelTypes: readonly string[];
  readonly layout: LayoutName;
  readonly lang: Lang;
  readonly edgeLabels: boolean;
  readonly panel: Panel;
  /** What node size stands for ('none': all the same). */
  readonly sizeBy: SizeMeasure;
  /**
   * The day the answers are as of (`YYYY-MM-DD`): only facts valid then take part. Null for today, which is left to
   * the server so that a view kept open past midnight or a link opened later still means "today".
   */
  readonly asOf: string | null;
}

export const INITIAL_VIEW: ViewState = {
  nodes: [],
  overview: true,
  pinned: [],
  selection: [],
  hiddenKinds: [],
  hiddenRelTypes: [],
  layout: 'fcose',
  lang: 'en',
  edgeLabels: true,
  panel: { type: 'start' },
  sizeBy: 'none',
  asOf: null,
};

/** Leaves of a large expansion waiting in one "N more <kind>" node (core/graph/groups.ts). */
export interface LeafGroup {
  /** `group:<anchor>:<kind>`, never an entity id (those have no "group:" prefix). */
  readonly id: string;
  /** The node the leaves hang on. */
  readonly anchor: string;
  readonly kind: string;
  readonly members: readonly string[];
}

/** What undo and redo restore. */
export interface GraphSnapshot {
  readonly nodes: readonly string[];
  readonly overview: boolean;
  readonly pinned: readonly string[];
  /** Groups belong to the graph: undoing an expansion takes its groups away, undoing a group's opening brings it back. */
  readonly groups: readonly LeafGroup[];
}

export interface ViewHistory {
  readonly present: ViewState;
  /** The "N more" groups of the present graph (not in ViewState: a link carries the nodes, not the groups). */
  readonly groups: readonly LeafGroup[];
  readonly past: readonly GraphSnapshot[];
  readonly future: readonly GraphSnapshot[];
  /** Node ids added by the last graph change and the node they were reached from, to place them nearby. */
  readonly anchors: Readonly<Record<string, string>>;
  /** Bumped when the whole picture should be laid out afresh (a replaced view, a restored link). */
  readonly relayout: number;
}

export const HISTORY_LIMIT = 100;

export type ViewAction =
  | {
      readonly type: 'addNodes';
      readonly ids: readonly string[];
      readonly anchor?: string;
      /** Per added node, the node it was reached from (a deeper expansion); `anchor` for the others. */
      readonly anchors?: Readonly<Record<string, string>>;
      readonly select?: readonly string[];
      /** The groups after this change (an expansion gathers leaves, an opened group goes); unchanged without it. */
      readonly groups?: readonly LeafGroup[];
    }
  | {
      readonly type: 'replaceNodes';
      readonly ids: readonly string[];
      readonly select?: readonly string[];
      readonly overview?: boolean;
      readonly panel?: Panel;
      readonly hiddenRelTypes?: readonly string[];
      /** The groups of the new view; unchanged without it. */
      readonly groups?: readonly LeafGroup[];
    }
  | { readonly type: 'removeNodes'; readonly ids: readonly string[] }
  /** The start page's overview arrived: shown without an undo step. */
  | { readonly type: 'setOverviewNodes'; readonly ids: readonly string[] }
  | { readonly type: 'pin'; readonly ids: readonly string[]; readonly pinned: boolean }
  | { readonly type: 'select'; readonly ids: readonly string[] }
  | { readonly type: 'toggleKind'; readonly kind: string }
  | { readonly type: 'setHiddenKinds'; readonly kinds: readonly string[] }
  | { readonly type: 'toggleRelType'; readonly relType: string }
  | { readonly type: 'setHiddenRelTypes'; readonly relTypes: readonly string[] }
  | { readonly type: 'setLayout'; readonly layout: LayoutName }
  | { readonly type: 'setLang'; readonly lang: Lang }
  | { readonly type: 'setEdgeLabels'; readonly on: boolean }
  | { readonly type: 'setSizeBy'; readonly measure: SizeMeasure }
  | { readonly type: 'setAsOf'; readonly asOf: string | null }
  | { readonly type: 'setPanel'; readonly panel: Panel }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Replaces the whole view (from the URL, or the back button); history is kept, nothing is pushed. */
  | { readonly type: 'restore'; readonly view: ViewState };

export function initialHistory(view: ViewState = INITIAL_VIEW): ViewHistory {
  return { present: view, groups: [], past: [], future: [], anchors: {}, relayout: 0 };
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

function snapshot(view: ViewState, groups: readonly LeafGroup[]): GraphSnapshot {
  return { nodes: view.nodes, overview: view.overview, pinned: view.pinned, groups };
}

/** The list with the item taken out if it is in it, else added at the end (a legend toggle). */
function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Drops removed nodes from the selection; edges whose ends disappear are filtered out where they are drawn. */
function pruneSelection(selection: readonly string[], removed: ReadonlySet<string>): string[] {
  return selection.filter((id) => !removed.has(id));
}

/** Applies a graph change: records the previous graph for undo and clears redo. */
function change(
  history: ViewHistory,
  next: ViewState,
  anchors: Record<string, string>,
  relayout = false,
  groups: readonly LeafGroup[] = history.groups,
): ViewHistory {
  const before = history.present;
  const same =
    sameList(before.nodes, next.nodes) &&
    sameList(before.pinned, next.pinned) &&
    before.overview === next.overview &&
    groups === history.groups;
  if (same) return { ...history, present: next };
  const past = [...history.past, snapshot(before, history.groups)].slice(-HISTORY_LIMIT);
  return {
    present: next,
    groups,
    past,
    future: [],
    anchors,
    relayout: relayout ? history.relayout + 1 : history.relayout,
  };
}

function applySnapshot(view: ViewState, snap: GraphSnapshot): ViewState {
  const removed = new Set(view.nodes.filter((id) => !snap.nodes.includes(id)));
  return {
    ...view,
    nodes: snap.nodes,
    overview: snap.overview,
    pinned: snap.pinned,
    selection: pruneSelection(view.selection, removed),
  };
}

export function viewReducer(history: ViewHistory, action: ViewAction): ViewHistory {
  const view = history.present;
  switch (action.type) {
    case 'addNodes': {
      const added = action.ids.filter((id) => !view.nodes.includes(id));
      const anchors: Record<string, string> = {};
      for (const id of added) {
        const from = action.anchors?.[id] ?? action.anchor;
        if (from) anchors[id] = from;
      }
      const next: ViewState = {
        ...view,
        nodes: [...view.nodes, ...unique(added)],
        overview: added.length > 0 ? false : view.overview,
        selection: action.select ? unique(action.select) : view.selection,
      };
      return change(history, next, anchors, false, action.groups);
    }
    case 'replaceNodes': {
      const nodes = unique(action.ids);
      const next: ViewState = {
        ...view,
        nodes,
        overview: action.overview ?? false,
        pinned: view.pinned.filter((id) => nodes.includes(id)),
        selection: action.select ? unique(action.select) : view.selection.filter((id) => nodes.includes(id)),
        panel: action.panel ?? view.panel,
        hiddenRelTypes: action.hiddenRelTypes ?? view.hiddenRelTypes,
      };
      const result = change(history, next, {}, true, action.groups);
      // The same nodes again (a suggestion re-opened) still deserves a fresh picture.
      return result.relayout === history.relayout ? { ...result, relayout: history.relayout + 1 } : result;
    }
    case 'removeNodes': {
      const gone = new Set(action.ids);
      const nodes = view.nodes.filter((id) => !gone.has(id));
      const next: ViewState = {
        ...view,
        nodes,
        overview: nodes.length === view.nodes.length ? view.overview : false,
        pinned: view.pinned.filter((id) => !gone.has(id)),
        selection: pruneSelection(view.selection, gone),
      };
      return change(history, next, {});
    }
    case 'setOverviewNodes':
      if (!view.overview) return history;
      return {
        ...history,
        present: { ...view, nodes: unique(action.ids) },
        anchors: {},
        relayout: history.relayout + 1,
      };
    case 'pin': {
      const pinned = action.pinned
        ? unique([...view.pinned, ...action.ids.filter((id) => view.nodes.includes(id))])
        : view.pinned.filter((id) => !action.ids.includes(id));
      return change(history, { ...view, pinned }, {});
    }
    case 'select':
      if (sameList(view.selection, action.ids)) return history;
      return { ...history, present: { ...view, selection: unique(action.ids) } };
    case 'toggleKind':
      return { ...history, present: { ...view, hiddenKinds: toggled(view.hiddenKinds, action.kind) } };
    case 'setHiddenKinds':
      return { ...history, present: { ...view, hiddenKinds: unique(action.kinds) } };
    case 'toggleRelType':
      return { ...history, present: { ...view, hiddenRelTypes: toggled(view.hiddenRelTypes, action.relType) } };
    case 'setHiddenRelTypes':
      return { ...history, present: { ...view, hiddenRelTypes: unique(action.relTypes) } };
    case 'setLayout':
      return view.layout === action.layout
        ? { ...history, relayout: history.relayout + 1 }
        : { ...history, present: { ...view, layout: action.layout }, relayout: history.relayout + 1 };
    case 'setLang':
      return { ...history, present: { ...view, lang: action.lang } };
    case 'setEdgeLabels':
      return { ...history, present: { ...view, edgeLabels: action.on } };
    case 'setSizeBy':
      return { ...history, present: { ...view, sizeBy: action.measure } };
    case 'setAsOf':
      return view.asOf === action.asOf ? history : { ...history, present: { ...view, asOf: action.asOf } };
    case 'setPanel':
      return { ...history, present: { ...view, panel: action.panel } };
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return {
        present: applySnapshot(view, previous),
        groups: previous.groups,
        past: history.past.slice(0, -1),
        future: [snapshot(view, history.groups), ...history.future],
        anchors: {},
        relayout: history.relayout,
      };
    }
    case 'redo': {
      const next = history.future[0];
      if (!next) return history;
      return {
        present: applySnapshot(view, next),
        groups: next.groups,
        past: [...history.past, snapshot(view, history.groups)],
        future: history.future.slice(1),
        anchors: {},
        relayout: history.relayout,
      };
    }
    case 'restore': {
      const changedNodes = !sameList(view.nodes, action.view.nodes);
      return {
        ...history,
        present: action.view,
        anchors: {},
        relayout: changedNodes ? history.relayout + 1 : history.relayout,
      };
    }
  }
}

export function canUndo(history: ViewHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: ViewHistory): boolean {
  return history.future.length > 0;
}
