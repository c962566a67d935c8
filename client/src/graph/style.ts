/** The Cytoscape stylesheet: colour and shape come from each node's data, set by toElements. */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { labelOverflowWrap } from './lod';

export interface StyleOptions {
  /** Draw relationship labels on edges (still hidden when zoomed far out). */
  readonly edgeLabels: boolean;
  /** Large graphs get lighter styling: thinner edges, no edge labels unless zoomed in. */
  readonly large?: boolean;
}

/** Below this on-screen font size labels are not drawn, which keeps zoomed-out views fast and legible. */
export const MIN_NODE_LABEL_PX = 7;
/**
 * Hub labels (lod.ts) stay drawn further out: the picture's landmarks. They keep the common font size, so that a
 * node becoming a hub never grows its label into a neighbour the layout had already made room for.
 */
export const MIN_HUB_LABEL_PX = 4.5;
/** A label wraps to lines this wide (Chinese too: it may break anywhere). */
export const LABEL_MAX_WIDTH = 100;
export const MIN_EDGE_LABEL_PX = 8;

export const HIGHLIGHT = '#c2185b';
export const SELECTED = '#0b57d0';

export function graphStylesheet(options: StyleOptions = { edgeLabels: true }): StylesheetJson {
  const { edgeLabels, large = false } = options;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        // A long name is cut short on the canvas (lod.ts); the tooltip and the details have it whole.
        label: 'data(caption)',
        'font-family': 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
        'font-size': 11,
        color: '#1b1f24',
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-overflow-wrap': ((n: NodeSingular) => labelOverflowWrap(n.data('label'))) as never,
        'line-height': 1.1,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // The size measure's mapping (state/size.ts), NODE_SIZE when none is chosen.
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': '#2b3440',
        'min-zoomed-font-size': MIN_NODE_LABEL_PX,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge',
      style: {
        width: large ? 0.8 : 1.3,
        'line-color': '#a3adb8',
        'target-arrow-color': '#a3adb8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': large ? 'straight' : 'bezier',
        label: edgeLabels ? 'data(label)' : '',
        'font-size': 8.5,
        color: '#4a5562',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_EDGE_LABEL_PX,
      },
    },
    {
      selector: 'node.hub',
      style: { color: '#000000', 'text-background-opacity': 0.9, 'min-zoomed-font-size': MIN_HUB_LABEL_PX },
    },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1b1f24' } },
    // A "N more <kind>" group of leaves (core/graph/groups.ts): larger, ghosted, with a dashed rim.
    {
      selector: 'node.group',
      style: { width: 40, height: 40, 'background-opacity': 0.35, 'border-style': 'dashed', 'font-style': 'italic' },
    },
    { selector: 'edge.group-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: 'node.faded', style: { opacity: 0.22 } },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    {
      selector: 'node.hl',
      // The label is coloured, not bolded: a bolder label would be wider than the one the layout made room for.
      style: {
        'border-width': 3,
        'border-color': HIGHLIGHT,
        color: HIGHLIGHT,
        'min-zoomed-font-size': 4,
        'z-index': 10,
      },
    },
    {
      selector: 'edge.hl',
      style: {
        width: 3,
        'line-color': HIGHLIGHT,
        'target-arrow-color': HIGHLIGHT,
        label: 'data(label)',
        color: HIGHLIGHT,
        'z-index': 10,
      },
    },
    // Reached only through a general measure ("may fall within"): the same colour, but dashed and fainter.
    {
      selector: 'node.hl.weak',
      style: { 'border-style': 'dashed', 'border-width': 2.5, opacity: 0.8 },
    },
    {
      selector: 'edge.hl.weak',
      style: { width: 2, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.65 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': SELECTED,
        'overlay-color': SELECTED,
        'overlay-opacity': 0.12,
        'overlay-padding': 6,
        // A selected node's label is drawn whatever the zoom.
        'min-zoomed-font-size': 0,
        'z-index': 20,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3.5,
        'line-color': SELECTED,
        'target-arrow-color': SELECTED,
        label: 'data(label)',
        color: SELECTED,
        'z-index': 20,
      },
    },
    { selector: 'node.hover', style: { 'underlay-color': '#1b1f24', 'underlay-opacity': 0.12, 'underlay-padding': 6 } },
  ];
}
