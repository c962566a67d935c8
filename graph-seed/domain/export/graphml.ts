/**
 * GraphML export (http://graphml.graphdrawing.org/), which Gephi, yEd and Cytoscape desktop open. Every attribute is
 * declared with a <key>; nodes carry `label` (the name in the chosen language) which Gephi shows, edges `label` (the
 * vocabulary verb). Edges are directed. Text is XML-escaped and characters XML 1.0 forbids are dropped.
 * Node ids are the atlas ids (valid NMTOKENs; any other id becomes _n<index>); edges get e0, e1… with the atlas id in `atlasId`. An edge
 * whose end is not among the nodes is left out (a reader could not draw it), and a comment says how many were.
 */
import type { Lang } from '../lang';
import { entityName } from '../naming';
import { relationLabel } from '../relations';
import { oneLine } from '../text';
import { formatSources } from './text';
import type { ExportGraph } from './types';

export interface GraphMLOptions {
  /** Language of the `label` attributes; default English. */
  readonly lang?: Lang;
}

// Characters XML 1.0 does not allow at all: control characters other than tab/LF/CR, U+FFFE/F and (with the u flag,
// which reads a valid surrogate pair as one code point) lone surrogates.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Escapes text for element content. */
export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\r/gu, '&#13;');
}

/** Escapes text for a double-quoted attribute value (line breaks and tabs as references, so they survive). */
export function xmlAttribute(value: string): string {
  return xmlText(value)
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    .replace(/\n/gu, '&#10;')
    .replace(/\t/gu, '&#9;');
}

const NMTOKEN = /^[\p{L}\p{N}._:\-\u00B7]+$/u;

type KeyType = 'string' | 'int';
interface KeySpec {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly name: string;
  readonly type: KeyType;
}

const KEYS: readonly KeySpec[] = [
  { id: 'g_version', for: 'graph', name: 'version', type: 'string' },
  { id: 'g_loadedAt', for: 'graph', name: 'loadedAt', type: 'string' },
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'nameEn', for: 'node', name: 'nameEn', type: 'string' },
  { id: 'nameZh', for: 'node', name: 'nameZh', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'summaryEn', for: 'node', name: 'summaryEn', type: 'string' },
  { id: 'summaryZh', for: 'node', name: 'summaryZh', type: 'string' },
  { id: 'noteEn', for: 'node', name: 'noteEn', type: 'string' },
  { id: 'noteZh', for: 'node', name: 'noteZh', type: 'string' },
  { id: 'url', for: 'node', name: 'url', type: 'string' },
  { id: 'sources', for: 'node', name: 'sources', type: 'string' },
  { id: 'sourceCount', for: 'node', name: 'sourceCount', type: 'int' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'relationType', type: 'string' },
  { id: 'e_atlasId', for: 'edge', name: 'atlasId', type: 'string' },
  { id: 'e_noteEn', for: 'edge', name: 'noteEn', type: 'string' },
  { id: 'e_noteZh', for: 'edge', name: 'noteZh', type: 'string' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'string' },
  { id: 'e_sourceCount', for: 'edge', name: 'sourceCount', type: 'int' },
];

function data(key: string, value: string | number | null | undefined, indent: string): string[] {
  if (value === null || value === undefined || value === '') return [];
  return [`${indent}<data key="${key}">${xmlText(String(value))}</data>`];
}

export function toGraphML(graph: ExportGraph, options: GraphMLOptions = {}): string {
  const lang = options.lang ?? 'en';
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of KEYS) {
    lines.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`);
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...data('g_version', graph.version, '    '), ...data('g_loadedAt', graph.loadedAt, '    '));

  const graphmlId = new Map<string, string>();
  graph.nodes.forEach((n, i) => {
    if (!graphmlId.has(n.id)) graphmlId.set(n.id, NMTOKEN.test(n.id) ? n.id : `_n${i}`);
  });
  const written = new Set<string>();
  for (const n of graph.nodes) {
    const id = graphmlId.get(n.id) as string;
    if (written.has(id)) continue;
    written.add(id);
    lines.push(
      `    <node id="${xmlAttribute(id)}">`,
      ...data('label', oneLine(entityName(n, lang)), '      '),
      ...data('kind', n.kind, '      '),
      ...data('nameEn', n.nameEn, '      '),
      ...data('nameZh', n.nameZh, '      '),
      ...data('aliases', n.aliases.join(' | '), '      '),
      ...data('summaryEn', n.summaryEn, '      '),
      ...data('summaryZh', n.summaryZh, '      '),
      ...data('noteEn', n.noteEn, '      '),
      ...data('noteZh', n.noteZh, '      '),
      ...data('url', n.url, '      '),
      ...data('sources', formatSources(n.sources, lang), '      '),
      ...data('sourceCount', n.sources.length, '      '),
      '    </node>',
    );
  }
  let skipped = 0;
  graph.edges.forEach((e, i) => {
    const source = graphmlId.get(e.from);
    const target = graphmlId.get(e.to);
    if (source === undefined || target === undefined) {
      skipped += 1;
      return;
    }
    lines.push(
      `    <edge id="e${i}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">`,
      ...data('e_label', relationLabel(e.type, 'OUT', lang), '      '),
      ...data('e_type', e.type, '      '),
      ...data('e_atlasId', e.id, '      '),
      ...data('e_noteEn', e.noteEn, '      '),
      ...data('e_noteZh', e.noteZh, '      '),
      ...data('e_sources', formatSources(e.sources, lang), '      '),
      ...data('e_sourceCount', e.sources.length, '      '),
      '    </edge>',
    );
  });
  if (skipped > 0) lines.push(`    <!-- ${skipped} edge(s) left out: an end is not among the nodes -->`);
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
