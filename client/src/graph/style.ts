/** The Cytoscape stylesheet: colour and shape come from each node's data, set by toElements. */
import type { StylesheetJson } from 'cytoscape';

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        label: 'data(label)',
        'font-size': 10,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#333',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 7,
        color: '#556',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
  ];
}
