// GraphML export: well-formed XML (checked by a strict reader), declared keys, escaping, directed edges.
import { describe, expect, it } from 'vitest';
import { toGraphML, xmlAttribute, xmlText } from '#domain';
import type { ExportGraph } from '#domain';
import { GRAPH, TRICKY } from './helpers/export-fixture';
import { elements, parseXml } from './helpers/xml';
import type { XmlElement } from './helpers/xml';

function dataOf(element: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const child of element.children) if (child.name === 'data') out[child.attributes.key ?? ''] = child.text;
  return out;
}

describe('xml escaping', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlText('bell\u0007 nul\u0000 ok')).toBe('bell nul ok');
    expect(xmlAttribute(`"it's"\n\ttab`)).toBe('&quot;it&apos;s&quot;&#10;&#9;tab');
  });

  it('the reader used here rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a b="1" b="2"/>')).toThrow();
    expect(() => parseXml('<a>1</a><b/>')).toThrow();
    expect(() => parseXml('<a x="<"/>')).toThrow();
    expect(parseXml('<a x="&lt;&#10;">t&amp;t<b/></a>').attributes.x).toBe('<\n');
  });
});

describe('toGraphML', () => {
  const xml = toGraphML(GRAPH);
  const root = parseXml(xml);

  it('is a well-formed GraphML document with a directed graph', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.name).toBe('graphml');
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const [graph] = elements(root, 'graph');
    expect(graph?.attributes.edgedefault).toBe('directed');
    expect(elements(root, 'node')).toHaveLength(GRAPH.nodes.length);
    expect(elements(root, 'edge')).toHaveLength(GRAPH.edges.length);
  });

  it('declares a <key> for every data key it uses, for the right element, with a type', () => {
    const keys = new Map(elements(root, 'key').map((k) => [k.attributes.id, k.attributes]));
    for (const owner of ['graph', 'node', 'edge']) {
      for (const element of elements(root, owner)) {
        for (const data of element.children.filter((c) => c.name === 'data')) {
          const key = keys.get(data.attributes.key);
          expect(key, `key ${String(data.attributes.key)}`).toBeDefined();
          expect(key?.for).toBe(owner);
          expect(['string', 'int']).toContain(key?.['attr.type']);
        }
      }
    }
    const names = [...keys.values()].map((k) => `${String(k.for)}:${String(k['attr.name'])}`);
    expect(names).toEqual(
      expect.arrayContaining(['node:label', 'node:kind', 'node:nameEn', 'node:nameZh', 'edge:label']),
    );
  });

  it('keeps text intact (quotes, <&>, newlines, CJK) and labels nodes by name', () => {
    const nodes = elements(root, 'node');
    const wassenaar = dataOf(nodes[0] as XmlElement);
    expect(nodes[0]?.attributes.id).toBe('regime:wassenaar');
    expect(wassenaar.label).toBe('Wassenaar Arrangement');
    expect(wassenaar.nameZh).toBe('瓦森纳安排');
    expect(wassenaar.summaryEn).toBe(TRICKY);
    expect(wassenaar.kind).toBe('REGIME');
    const h100 = dataOf(nodes[1] as XmlElement);
    expect(h100.label).toBe('NVIDIA "H100", <GPU> & co');
    expect(h100.noteEn).toBe('line one\nline two');
    expect(h100.sourceCount).toBe('2');
    expect(h100.sources).toContain('(supplementary)');
    // No raw markup characters leak from the text.
    expect(xml).not.toContain('<GPU>');
    expect(xml).toContain('&lt;GPU&gt; &amp; co');
  });

  it('writes edges from source to target with the verb as label and the atlas id', () => {
    const edge = elements(root, 'edge')[0] as XmlElement;
    expect(edge.attributes.source).toBe('tech:nvidia-h100');
    expect(edge.attributes.target).toBe('measure:control-lists');
    const data = dataOf(edge);
    expect(data.e_label).toBe('is controlled by');
    expect(data.e_type).toBe('CONTROLLED_BY');
    expect(data.e_atlasId).toBe('tech:nvidia-h100|CONTROLLED_BY|measure:control-lists');
    expect(data.e_noteEn).toBe('Note with "quotes" & <tags>');
    const zh = parseXml(toGraphML(GRAPH, { lang: 'zh' }));
    expect(dataOf(elements(zh, 'edge')[0] as XmlElement).e_label).toBe('受…管制');
    expect(dataOf(elements(zh, 'node')[0] as XmlElement).label).toBe('瓦森纳安排');
  });

  it('records the data version on the graph', () => {
    const graph = elements(root, 'graph')[0] as XmlElement;
    expect(dataOf(graph).g_version).toBe('abc123def456');
  });

  it('leaves out an edge whose end is missing, replaces an id that is no NMTOKEN, and stays well-formed', () => {
    const odd: ExportGraph = {
      nodes: [{ ...(GRAPH.nodes[0] as ExportGraph['nodes'][number]), id: 'bad id|with "quotes"' }],
      edges: [
        {
          id: 'x',
          type: 'EMPLOYS',
          from: 'bad id|with "quotes"',
          to: 'nowhere',
          sources: [],
        },
      ],
    };
    const parsed = parseXml(toGraphML(odd));
    expect(elements(parsed, 'node')[0]?.attributes.id).toBe('_n0');
    expect(elements(parsed, 'edge')).toHaveLength(0);
    expect(toGraphML(odd)).toContain('1 edge(s) left out');
  });
});
