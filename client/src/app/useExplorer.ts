/**
 * The explorer's state and behaviour, apart from any component: the view (with undo/redo) and what is known
 * of the graph, kept in sync with the URL and the browser history, and the actions of the three user jobs —
 * open, expand, collapse, hide, pin, trace coverage, find paths — each a fetch followed by a view change.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { apiLang } from '#domain';
import {
  fetchCoverage,
  fetchLinks,
  fetchNeighborhood,
  fetchOverview,
  fetchPaths,
  fetchStats,
  search,
  type CoverageResult,
  type GraphStats,
  type PathResult,
  type SearchHit,
  type Subgraph,
} from '../api/client';
import type { ApiRunner } from '../api/ApiRunner';
import type { EntityKind } from '../api/gql/graphql';
import { DEFAULT_PATH_FILTER, pathFilterKey, pathQueryPlan, type PathTypeFilter } from '../domain/pathFilter';
import type { EntityRef, Recipe } from '../domain/recipes';
import { htmlLang, rememberLang, rememberedLang } from '../i18n/lang';
import { collapsible, pathsHighlight, visibleGraph, type Highlight } from '../state/filter';
import { dataReducer, EMPTY_DATA, idsToFetch } from '../state/graphData';
import type { EdgeInfo, Lang, LayoutName, NodeInfo, Panel } from '../state/types';
import { decodeView, encodeView, isNavigation } from '../state/url';
import { canRedo, canUndo, initialHistory, viewReducer, type ViewAction, type ViewState } from '../state/view';
import { searchPaths } from './pathSearch';

/** How many neighbours one expansion adds at most; "load more" adds as many again. */
export const EXPAND_CAP = 25;
export const OVERVIEW_LIMIT = 60;
export const MAX_PATH_LENGTH = 6;
export const PATHS_LIMIT = 5;

export interface ExpandNotice {
  readonly nodeId: string;
  readonly types: readonly string[] | null;
  readonly shown: number;
  readonly total: number | null;
  readonly limit: number;
}

export interface CoverageState {
  readonly tech: string;
  readonly lang: Lang;
  readonly results: readonly CoverageResult[] | null;
}

export interface PathsState {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  readonly lang: Lang;
  readonly results: readonly PathResult[] | null;
  /** pathFilterKey of the search: the relationship types it left out. */
  readonly filterKey: string;
}

function toNode(n: { id: string; kind: string; nameEn: string; nameZh: string }): NodeInfo {
  return { id: n.id, kind: n.kind, nameEn: n.nameEn, nameZh: n.nameZh };
}

function subgraphData(g: Pick<Subgraph, 'nodes' | 'edges'>): { nodes: NodeInfo[]; edges: EdgeInfo[] } {
  return {
    nodes: g.nodes.map(toNode),
    edges: g.edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to })),
  };
}

function initialView(): ViewState {
  const fallback = rememberedLang(window.localStorage, window.navigator.language);
  return decodeView(window.location.search, fallback).view;
}

export function useExplorer(api: ApiRunner) {
  const [history, dispatch] = useReducer(viewReducer, undefined, () => initialHistory(initialView()));
  const [data, dataDispatch] = useReducer(dataReducer, EMPTY_DATA);
  const [stats, setStats] = useState<GraphStats | null>(null);
  const [linkSeed] = useState(() => decodeView(window.location.search).seedVersion);
  const [notice, setNotice] = useState<ExpandNotice | null>(null);
  const [coverage, setCoverage] = useState<CoverageState | null>(null);
  const [paths, setPaths] = useState<PathsState | null>(null);
  const [focusedPath, setFocusedPath] = useState<number | null>(null);
  const [pathFilter, setPathFilter] = useState<PathTypeFilter>(DEFAULT_PATH_FILTER);
  const view = history.present;
  const { run } = api;

  // Latest values for callbacks that must not change identity on every render.
  const latest = useRef({ view, data, pathFilter });
  useEffect(() => {
    latest.current = { view, data, pathFilter };
  });

  /** The paths between two ends, with the Paths tool's type filter and the legend's hidden types. */
  const loadPaths = useCallback(
    async (ends: { from: string; to: string; maxLength: number; lang: Lang }, signal: AbortSignal) => {
      const { view: v, pathFilter: filter } = latest.current;
      const results = await searchPaths(
        fetchPaths,
        { from: ends.from, to: ends.to, maxLength: ends.maxLength, limit: PATHS_LIMIT, lang: apiLang(ends.lang) },
        pathQueryPlan(filter, v.hiddenRelTypes),
        signal,
      );
      for (const r of results) dataDispatch({ type: 'merge', ...subgraphData(r) });
      return { results, filterKey: pathFilterKey(filter, v.hiddenRelTypes) };
    },
    [],
  );

  // --- Loading what the view needs -------------------------------------------------------------------------

  useEffect(() => {
    void run(async (signal) => {
      setStats(await fetchStats(signal));
    });
  }, [run]);

  const [overviewIds, setOverviewIds] = useState<readonly string[] | null>(null);
  const overviewWanted = view.overview && view.nodes.length === 0;
  useEffect(() => {
    if (!overviewWanted) return undefined;
    if (overviewIds) {
      dispatch({ type: 'setOverviewNodes', ids: overviewIds });
      return undefined;
    }
    const controller = new AbortController();
    void run(async (signal) => {
      const overview = await fetchOverview({ limit: OVERVIEW_LIMIT, kinds: null }, signal);
      const { nodes, edges } = subgraphData(overview);
      dataDispatch({ type: 'merge', nodes, edges });
      setOverviewIds(nodes.map((n) => n.id));
    }, controller.signal);
    return () => {
      controller.abort();
    };
  }, [overviewWanted, overviewIds, run]);

  // Every visible node's relationships, so that the canvas draws all relationships among visible nodes and
  // the expand menu can count them. Also how a view restored from a link gets its nodes.
  const inFlight = useRef(new Set<string>());
  const toFetch = useMemo(() => idsToFetch(data, view.nodes), [data, view.nodes]);
  useEffect(() => {
    const ids = toFetch.filter((id) => !inFlight.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) inFlight.current.add(id);
    void run(async (signal) => {
      try {
        const { found, missing } = await fetchLinks(ids, signal);
        for (const entity of found) {
          dataDispatch({
            type: 'links',
            node: toNode(entity),
            links: entity.relations.map((r) => ({
              id: r.id,
              type: r.type,
              direction: r.direction,
              other: toNode(r.other),
            })),
          });
        }
        if (missing.length > 0) dataDispatch({ type: 'missing', ids: missing });
      } finally {
        for (const id of ids) inFlight.current.delete(id);
      }
    });
  }, [toFetch, run]);

  // --- URL and browser history ---------------------------------------------------------------------------

  const lastView = useRef(view);
  const fromPopState = useRef(false);
  const seedVersion = stats?.seedVersion ?? linkSeed;
  useEffect(() => {
    const search = encodeView(view, seedVersion);
    const before = lastView.current;
    lastView.current = view;
    if (fromPopState.current) {
      fromPopState.current = false;
      return;
    }
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (isNavigation(before, view) && !(before.overview && view.overview)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [view, seedVersion]);

  useEffect(() => {
    const onPop = () => {
      const { view: restored } = decodeView(window.location.search, latest.current.view.lang);
      fromPopState.current = true;
      dispatch({ type: 'restore', view: restored });
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  useEffect(() => {
    rememberLang(globalThis.localStorage, view.lang);
    document.documentElement.lang = htmlLang(view.lang);
  }, [view.lang]);

  // --- Side panels: coverage and paths, also when restored from a link ---------------------------------

  const panel = view.panel;
  useEffect(() => {
    if (panel.type !== 'coverage') return undefined;
    if (coverage?.tech === panel.tech && coverage.lang === view.lang) return undefined;
    const controller = new AbortController();
    const tech = panel.tech;
    const lang = view.lang;
    void run(async (signal) => {
      const results = await fetchCoverage(tech, lang, signal);
      for (const r of results) dataDispatch({ type: 'merge', ...subgraphData(r.path) });
      setCoverage({ tech, lang, results });
    }, controller.signal);
    return () => {
      controller.abort();
    };
  }, [panel, coverage, view.lang, run]);

  // Also searches again when the Paths tool's type filter or the legend's hidden types change; the new paths'
  // entities then join the view (a view restored from a link keeps the nodes it names).
  const filterKey = pathFilterKey(pathFilter, view.hiddenRelTypes);
  useEffect(() => {
    if (panel.type !== 'paths' || !panel.from || !panel.to) return undefined;
    const sameEnds = paths?.from === panel.from && paths.to === panel.to;
    if (sameEnds && paths.lang === view.lang && paths.filterKey === filterKey) return undefined;
    const controller = new AbortController();
    const { from, to } = panel;
    const lang = view.lang;
    const maxLength = paths?.maxLength ?? MAX_PATH_LENGTH;
    const refilter = sameEnds && paths.filterKey !== filterKey;
    void run(async (signal) => {
      const { results, filterKey: key } = await loadPaths({ from, to, maxLength, lang }, signal);
      setPaths({ from, to, maxLength, lang, results, filterKey: key });
      if (refilter) dispatch({ type: 'addNodes', ids: results.flatMap((r) => r.nodes.map((n) => n.id)), anchor: from });
    }, controller.signal);
    return () => {
      controller.abort();
    };
  }, [panel, paths, view.lang, filterKey, loadPaths, run]);

  // --- Derived ------------------------------------------------------------------------------------------

  const graph = useMemo(() => visibleGraph(view, data), [view, data]);

  const highlight: Highlight | null = useMemo(() => {
    const pick = <T>(list: readonly T[]) =>
      focusedPath !== null && list[focusedPath] !== undefined ? [list[focusedPath]] : list;
    if (panel.type === 'coverage' && coverage?.tech === panel.tech && coverage.results) {
      // "May fall within" (GENERAL) paths are drawn apart from "covered by" ones; the technology itself never is.
      const shown = pick(coverage.results);
      return pathsHighlight(
        [
          { nodes: [{ id: coverage.tech }], edges: [] },
          ...shown.filter((r) => r.basis !== 'GENERAL').map((r) => r.path),
        ],
        shown.filter((r) => r.basis === 'GENERAL').map((r) => r.path),
      );
    }
    if (panel.type === 'paths' && paths && paths.from === panel.from && paths.to === panel.to && paths.results) {
      return pathsHighlight(pick(paths.results));
    }
    return null;
  }, [panel, coverage, paths, focusedPath]);

  // --- Actions ------------------------------------------------------------------------------------------

  const act = useCallback((action: ViewAction) => {
    dispatch(action);
  }, []);

  const select = useCallback((ids: readonly string[]) => {
    dispatch({ type: 'select', ids });
  }, []);

  /** Resolves a reference to an existing id: the id itself when the API knows it, else the best search hit. */
  const resolve = useCallback(async (ref: EntityRef, signal: AbortSignal): Promise<string | null> => {
    const { found } = await fetchLinks([ref.id], signal);
    if (found.length > 0) return ref.id;
    const hits = await search(ref.search, ref.kinds ?? null, signal);
    return hits[0]?.id ?? null;
  }, []);

  const expand = useCallback(
    (nodeId: string, types: readonly string[] | null = null, limit = EXPAND_CAP) => {
      void run(async (signal) => {
        const result = await fetchNeighborhood(
          { id: nodeId, depth: 1, kinds: null, relationTypes: types ? [...types] : null, limit: limit + 1 },
          signal,
        );
        const { nodes, edges } = subgraphData(result);
        dataDispatch({ type: 'merge', nodes, edges });
        dispatch({ type: 'addNodes', ids: nodes.map((n) => n.id), anchor: nodeId });
        const links = latest.current.data.links[nodeId];
        const others = links
          ? new Set(links.filter((l) => !types || types.includes(l.type)).map((l) => l.other.id))
          : null;
        const shown = nodes.filter((n) => n.id !== nodeId).length;
        if (result.truncated) {
          setNotice({ nodeId, types, shown, total: others ? others.size : null, limit });
        } else {
          setNotice((current) => (current?.nodeId === nodeId ? null : current));
        }
      });
    },
    [run],
  );

  const loadMore = useCallback(() => {
    if (!notice) return;
    expand(notice.nodeId, notice.types, notice.limit + EXPAND_CAP);
  }, [notice, expand]);

  const open = useCallback((hit: Pick<SearchHit, 'id' | 'kind' | 'nameEn' | 'nameZh'>) => {
    const node = toNode(hit);
    dataDispatch({ type: 'merge', nodes: [node] });
    const current = latest.current.view;
    if (!current.overview && current.nodes.length > 0) {
      dispatch({ type: 'addNodes', ids: [node.id], select: [node.id] });
      return;
    }
    // From the start page: the entity on its own, in a fresh view; its relationships are one click away.
    dispatch({ type: 'replaceNodes', ids: [node.id], select: [node.id], panel: { type: 'start' } });
  }, []);

  const traceCoverage = useCallback(
    (techId: string) => {
      const lang = latest.current.view.lang;
      setFocusedPath(null);
      void run(async (signal) => {
        const results = await fetchCoverage(techId, lang, signal);
        const nodes = new Map<string, NodeInfo>();
        for (const r of results) {
          const sub = subgraphData(r.path);
          dataDispatch({ type: 'merge', ...sub });
          for (const n of sub.nodes) nodes.set(n.id, n);
        }
        setCoverage({ tech: techId, lang, results });
        dispatch({ type: 'setPanel', panel: { type: 'coverage', tech: techId } });
        dispatch({ type: 'addNodes', ids: [techId, ...nodes.keys()], anchor: techId, select: [techId] });
      });
    },
    [run],
  );

  const findPaths = useCallback(
    (from: string, to: string, maxLength = MAX_PATH_LENGTH) => {
      const { view: v, pathFilter: filter } = latest.current;
      const lang = v.lang;
      setFocusedPath(null);
      setPaths({ from, to, maxLength, lang, results: null, filterKey: pathFilterKey(filter, v.hiddenRelTypes) });
      dispatch({ type: 'setPanel', panel: { type: 'paths', from, to } });
      void run(async (signal) => {
        const { results, filterKey: key } = await loadPaths({ from, to, maxLength, lang }, signal);
        const ids = new Set<string>([from, to]);
        for (const r of results) for (const n of r.nodes) ids.add(n.id);
        setPaths({ from, to, maxLength, lang, results, filterKey: key });
        dispatch({ type: 'addNodes', ids: [...ids], anchor: from });
      });
    },
    [run, loadPaths],
  );

  /** Makes a node known (e.g. picked as a path's end) without adding it to the view. */
  const remember = useCallback((node: NodeInfo) => {
    dataDispatch({ type: 'merge', nodes: [toNode(node)] });
  }, []);

  const setPanel = useCallback((next: Panel) => {
    setFocusedPath(null);
    dispatch({ type: 'setPanel', panel: next });
  }, []);

  const collapse = useCallback(
    (nodeId: string) => {
      const { view: v } = latest.current;
      const keep = new Set([...v.pinned, ...v.selection, nodeId]);
      const ids = collapsible(nodeId, graph.edges, keep);
      if (ids.length > 0) dispatch({ type: 'removeNodes', ids });
    },
    [graph.edges],
  );

  const hide = useCallback((ids: readonly string[]) => {
    const visible = new Set(latest.current.view.nodes);
    const nodes = ids.filter((id) => visible.has(id));
    if (nodes.length > 0) dispatch({ type: 'removeNodes', ids: nodes });
  }, []);

  const pin = useCallback((ids: readonly string[], pinned: boolean) => {
    dispatch({ type: 'pin', ids, pinned });
  }, []);

  const runRecipe = useCallback(
    (recipe: Recipe) => {
      const action = recipe.action;
      setFocusedPath(null);
      setNotice(null);
      if (recipe.layout) dispatch({ type: 'setLayout', layout: recipe.layout });
      void run(async (signal) => {
        if (action.type === 'coverage') {
          const tech = await resolve(action.tech, signal);
          if (!tech) return;
          const lang = latest.current.view.lang;
          const results = await fetchCoverage(tech, lang, signal);
          const ids = new Set([tech]);
          for (const r of results) {
            const sub = subgraphData(r.path);
            dataDispatch({ type: 'merge', ...sub });
            for (const n of sub.nodes) ids.add(n.id);
          }
          setCoverage({ tech, lang, results });
          dispatch({
            type: 'replaceNodes',
            ids: [...ids],
            select: [tech],
            panel: { type: 'coverage', tech },
          });
          return;
        }
        if (action.type === 'paths') {
          const [from, to] = await Promise.all([resolve(action.from, signal), resolve(action.to, signal)]);
          if (!from || !to) return;
          const lang = latest.current.view.lang;
          const maxLength = MAX_PATH_LENGTH;
          const { results, filterKey: key } = await loadPaths({ from, to, maxLength, lang }, signal);
          const ids = new Set([from, to]);
          for (const r of results) for (const n of r.nodes) ids.add(n.id);
          setPaths({ from, to, maxLength, lang, results, filterKey: key });
          dispatch({ type: 'replaceNodes', ids: [...ids], select: [from, to], panel: { type: 'paths', from, to } });
          return;
        }
        const roots: string[] = [];
        for (const ref of action.roots) {
          const id = await resolve(ref, signal);
          if (id) roots.push(id);
        }
        if (action.rootKinds) {
          const best = await fetchOverview({ limit: 12, kinds: [...action.rootKinds] as EntityKind[] }, signal);
          roots.push(...best.nodes.map((n) => n.id));
        }
        const results = await Promise.all(
          [...new Set(roots)].map((id) =>
            fetchNeighborhood(
              {
                id,
                depth: action.depth ?? 1,
                kinds: null,
                relationTypes: action.relationTypes ? [...action.relationTypes] : null,
                limit: EXPAND_CAP,
              },
              signal,
            ),
          ),
        );
        const ids = new Set<string>();
        for (const result of results) {
          const sub = subgraphData(result);
          dataDispatch({ type: 'merge', ...sub });
          for (const n of sub.nodes) ids.add(n.id);
        }
        dispatch({ type: 'replaceNodes', ids: [...ids], select: [], panel: { type: 'start' } });
      });
    },
    [run, resolve, loadPaths],
  );

  const undo = useCallback(() => {
    dispatch({ type: 'undo' });
  }, []);
  const redo = useCallback(() => {
    dispatch({ type: 'redo' });
  }, []);
  const clear = useCallback(() => {
    setNotice(null);
    dispatch({ type: 'replaceNodes', ids: [], select: [], panel: { type: 'start' } });
  }, []);
  const setLayout = useCallback((layout: LayoutName) => {
    dispatch({ type: 'setLayout', layout });
  }, []);
  const setLang = useCallback((lang: Lang) => {
    dispatch({ type: 'setLang', lang });
  }, []);

  const dismissNotice = useCallback(() => {
    setNotice(null);
  }, []);

  const actions = useMemo(
    () => ({
      act,
      select,
      open,
      expand,
      loadMore,
      dismissNotice,
      collapse,
      hide,
      pin,
      traceCoverage,
      findPaths,
      setPanel,
      remember,
      setFocusedPath,
      setPathFilter,
      runRecipe,
      undo,
      redo,
      clear,
      setLayout,
      setLang,
    }),
    [
      act,
      select,
      open,
      expand,
      loadMore,
      dismissNotice,
      collapse,
      hide,
      pin,
      traceCoverage,
      findPaths,
      setPanel,
      remember,
      runRecipe,
      undo,
      redo,
      clear,
      setLayout,
      setLang,
    ],
  );

  const missingFromLink = useMemo(
    () => view.nodes.filter((id) => data.missing.includes(id)),
    [view.nodes, data.missing],
  );

  return {
    view,
    data,
    graph,
    stats,
    notice,
    coverage,
    paths,
    pathFilter,
    highlight,
    focusedPath,
    anchors: history.anchors,
    relayoutKey: history.relayout,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    missingFromLink,
    loadingView: toFetch.length > 0 || (overviewWanted && !overviewIds),
    actions,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
