/**
 * What the canvas's context menu offers, as pure data: the items for a node, a "N more" group, a relationship or
 * the view, each with its label, why it is disabled when it is, and the command it carries out (effects.ts). The
 * menu component only draws these and hands the chosen command back.
 */
import type { I18n } from '../../i18n/I18n';
import { relationGroups } from '../../state/graphData';
import { nodeName } from '../../state/types';
import { isGroupId } from '../graph/groups';
import { selectGraph, selectGroups, selectPinned, selectVisible } from '../selectors';
import type { AtlasState } from '../store';

export type MenuTarget =
  | { readonly type: 'node'; readonly id: string }
  | { readonly type: 'edge'; readonly id: string }
  | { readonly type: 'canvas' };

export type MenuCommand =
  | {
      readonly type: 'expand';
      readonly id: string;
      readonly types: readonly string[] | null;
      readonly depth: number;
    }
  | { readonly type: 'openGroup'; readonly id: string }
  | { readonly type: 'paths'; readonly id: string }
  | { readonly type: 'coverage'; readonly id: string }
  | { readonly type: 'hide'; readonly ids: readonly string[] }
  | { readonly type: 'pin'; readonly id: string; readonly pinned: boolean }
  | { readonly type: 'select'; readonly ids: readonly string[] }
  | { readonly type: 'hideEdge'; readonly id: string }
  | { readonly type: 'showEdges' }
  | { readonly type: 'showSources'; readonly id: string };

export interface MenuItem {
  /** Stable within one menu; also the item's test id suffix. */
  readonly key: string;
  readonly label: string;
  /** Why the item cannot be used now; absent when it can. */
  readonly disabled?: string;
  readonly command?: MenuCommand;
  readonly submenu?: readonly MenuItem[];
}

export interface Menu {
  /** The menu's accessible name. */
  readonly label: string;
  readonly items: readonly MenuItem[];
}

function nodeMenu(id: string, state: AtlasState, i18n: I18n): Menu | null {
  const { t, relLabel } = i18n;
  const node = state.data.nodes[id];
  if (!node) return null;
  const name = nodeName(node, i18n.lang);
  const visible = selectVisible(state);
  const links = state.data.links[id];
  const groups = links ? relationGroups(links, visible) : [];
  const others = new Set(links?.map((l) => l.other.id));
  const allShown = links !== undefined && [...others].every((o) => visible.has(o));
  const why = links === undefined ? t('whyLinksLoading') : allShown ? t('whyAllShown') : undefined;
  const shownNeighbours = selectGraph(state)
    .edges.filter((e) => e.from === id || e.to === id)
    .map((e) => (e.from === id ? e.to : e.from))
    .filter((other) => other !== id);
  const pinned = selectPinned(state).has(id);
  const isTech = node.kind === 'TECHNOLOGY';
  const byType: MenuItem[] = groups.map((g) => ({
    key: `type-${g.type}`,
    label: `${g.directions.map((d) => relLabel(g.type, d)).join(' / ')} (${t('typeCount', { visible: g.visible, total: g.total })})`,
    ...(g.visible === g.total ? { disabled: t('whyAllShown') } : {}),
    command: { type: 'expand', id, types: [g.type], depth: 1 },
  }));
  const items: MenuItem[] = [
    { key: 'expand', label: t('menuExpand'), disabled: why, command: { type: 'expand', id, types: null, depth: 1 } },
    {
      key: 'expand-type',
      label: t('menuExpandByType'),
      disabled: links === undefined ? t('whyLinksLoading') : groups.length === 0 ? t('whyAllShown') : undefined,
      submenu: byType,
    },
    {
      key: 'expand-depth2',
      label: t('menuExpandDepth2'),
      disabled: links === undefined ? t('whyLinksLoading') : links.length === 0 ? t('whyAllShown') : undefined,
      command: { type: 'expand', id, types: null, depth: 2 },
    },
    { key: 'paths', label: t('pathsFromHere'), command: { type: 'paths', id } },
    {
      key: 'coverage',
      label: t('menuCoverage'),
      disabled: isTech ? undefined : t('whyCoverageTechOnly'),
      command: { type: 'coverage', id },
    },
    { key: 'hide', label: t('hide'), command: { type: 'hide', ids: [id] } },
    { key: 'pin', label: pinned ? t('unpin') : t('pin'), command: { type: 'pin', id, pinned: !pinned } },
    {
      key: 'select-neighbours',
      label: t('menuSelectNeighbours'),
      disabled: shownNeighbours.length === 0 ? t('whyNoNeighbours') : undefined,
      command: { type: 'select', ids: [id, ...new Set(shownNeighbours)] },
    },
  ];
  return { label: t('menuNode', { name }), items: items.map(withoutUndefined) };
}

function groupMenu(id: string, state: AtlasState, i18n: I18n): Menu | null {
  const group = selectGroups(state).find((g) => g.id === id);
  if (!group) return null;
  const count = group.members.length;
  return {
    label: i18n.t('groupLabel', { count, kind: i18n.kindLabel(group.kind) }),
    items: [{ key: 'open-group', label: i18n.t('menuOpenGroup', { count }), command: { type: 'openGroup', id } }],
  };
}

function edgeMenu(id: string, state: AtlasState, i18n: I18n): Menu | null {
  const { t, relLabel } = i18n;
  const edge = selectGraph(state).edges.find((e) => e.id === id);
  if (!edge) return null;
  return {
    label: t('menuEdge', { name: relLabel(edge.type) }),
    items: [
      { key: 'select-ends', label: t('menuSelectEnds'), command: { type: 'select', ids: [edge.from, edge.to] } },
      { key: 'hide-edge', label: t('menuHideEdge'), command: { type: 'hideEdge', id } },
      { key: 'sources', label: t('menuShowSources'), command: { type: 'showSources', id } },
    ],
  };
}

function canvasMenu(state: AtlasState, i18n: I18n): Menu {
  const count = state.hiddenEdges.length;
  return {
    label: i18n.t('menuCanvas'),
    items: [
      withoutUndefined({
        key: 'show-edges',
        label: i18n.t('menuShowHiddenEdges', { count }),
        disabled: count === 0 ? i18n.t('whyNoHiddenEdges') : undefined,
        command: { type: 'showEdges' },
      }),
    ],
  };
}

/** Drops an absent reason, so that items compare equal in tests whether or not the field was spelled out. */
function withoutUndefined(item: MenuItem): MenuItem {
  if (item.disabled !== undefined) return item;
  const { disabled: _unused, ...rest } = item;
  return rest;
}

/** The menu for what was right-clicked (or long-pressed, or chosen by keyboard); null when it is gone. */
export function menuFor(target: MenuTarget, state: AtlasState, i18n: I18n): Menu | null {
  switch (target.type) {
    case 'node':
      return isGroupId(target.id) ? groupMenu(target.id, state, i18n) : nodeMenu(target.id, state, i18n);
    case 'edge':
      return edgeMenu(target.id, state, i18n);
    case 'canvas':
      return canvasMenu(state, i18n);
  }
}
