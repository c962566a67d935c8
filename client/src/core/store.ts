/**
 * The explorer's state in one zustand store: the view with its undo history, what is known of the graph, the
 * coverage and paths results, the expand notice. Components select what they need with `useAtlas`; changes go
 * through the pure actions of core/<domain>/actions.ts, and requests through core/<domain>/effects.ts.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GraphStats } from '../api/client';
import { DEFAULT_PATH_FILTER, type PathTypeFilter } from '../domain/pathFilter';
import { EMPTY_DATA, type GraphData } from '../state/graphData';
import { DRAW_LIMIT } from '../state/drawCap';
import type { LinkProblem } from '../state/linkProblems';
import { initialHistory, type ViewHistory } from '../state/view';
import type { CoverageState } from './coverage/actions';
import type { TaskFailures } from './failures';
import type { ExpandNotice } from './graph/actions';
import type { MenuTarget } from './menu/items';
import type { PathsState } from './paths/actions';
import type { PinnedResult } from './results/pinned';

/** The open context menu: what it is for, and where (viewport pixels) it was asked for. */
export interface ContextMenuState {
  readonly target: MenuTarget;
  readonly x: number;
  readonly y: number;
}

export interface AtlasState {
  readonly history: ViewHistory;
  readonly data: GraphData;
  readonly stats: GraphStats | null;
  /** The seed version named by the link the page was opened with, until the stats arrive. */
  readonly linkSeed: string | null;
  /** The start page's overview, kept so that returning to the start page does not ask again. */
  readonly overviewIds: readonly string[] | null;
  /** The day `overviewIds` is as of (null: today), so that another day asks again. */
  readonly overviewAsOf: string | null;
  readonly notice: ExpandNotice | null;
  /** Relationships hidden one by one from the canvas's menu. */
  readonly hiddenEdges: readonly string[];
  readonly contextMenu: ContextMenuState | null;
  readonly coverage: CoverageState | null;
  readonly paths: PathsState | null;
  /** The result (coverage or path) drawn alone on the canvas, by its index in the list. */
  readonly focusedPath: number | null;
  /** Results kept drawn and highlighted when a new one replaces the view. */
  readonly pinnedResults: readonly PinnedResult[];
  readonly pathFilter: PathTypeFilter;
  /** The toolbar's box-select tool: dragging on the canvas selects instead of panning. */
  readonly boxSelect: boolean;
  /** Why the last export failed, until dismissed. */
  readonly exportError: string | null;
  /** The briefing's entities while it is open (frozen when opened). */
  readonly briefing: readonly string[] | null;
  /** The last failed coverage or paths request, shown by its panel until asked again. */
  readonly failures: TaskFailures;
  /** What the link the page was opened with got wrong, until dismissed. */
  readonly linkProblems: readonly LinkProblem[];
  /** Elements the canvas draws at most (state/drawCap.ts); "draw more" raises it. */
  readonly drawLimit: number;
}

export type AtlasStore = StoreApi<AtlasState>;

export function initialState(history: ViewHistory = initialHistory(), linkSeed: string | null = null): AtlasState {
  return {
    history,
    data: EMPTY_DATA,
    stats: null,
    linkSeed,
    overviewIds: null,
    overviewAsOf: null,
    notice: null,
    hiddenEdges: [],
    contextMenu: null,
    coverage: null,
    paths: null,
    focusedPath: null,
    pinnedResults: [],
    pathFilter: DEFAULT_PATH_FILTER,
    boxSelect: false,
    exportError: null,
    briefing: null,
    failures: {},
    linkProblems: [],
    drawLimit: DRAW_LIMIT,
  };
}

export function createAtlasStore(state: AtlasState = initialState()): AtlasStore {
  return createStore<AtlasState>()(() => state);
}

/** The page's store; tests make their own with createAtlasStore, or reset this one with `atlas.setState`. */
export const atlas: AtlasStore = createAtlasStore();

/** A pure change of state: what the store becomes, given what it is. */
export type Update = (state: AtlasState) => Partial<AtlasState>;

export function useAtlas<T>(select: (state: AtlasState) => T): T {
  return useStore(atlas, select);
}
