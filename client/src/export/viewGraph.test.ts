import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/unit/helpers/csv';
import type { ExportEntityFragment, SourceFieldsFragment } from '../api/gql/graphql';
import { exportFiles, toExportGraph } from './viewGraph';

const src = (quote: string, quoteEn: string | null = null): SourceFieldsFragment => ({
  document: 'The report',
  documentZh: '报告',
  documentId: 'doc:report',
  section: '序言',
  sectionEn: 'Preface',
  footnote: 3,
  quote,
  quoteEn,
  url: 'https://example.org/r',
  supplementary: false,
  note: null,
});

const entity = (id: string, relations: ExportEntityFragment['relations'] = []): ExportEntityFragment => ({
  id,
  kind: 'TECHNOLOGY',
  nameEn: `${id} en`,
  nameZh: `${id} 中`,
  summaryEn: 'summary',
  summaryZh: '摘要',
  noteEn: null,
  noteZh: null,
  aliases: ['alias'],
  url: null,
  properties: [{ key: 'year', value: '2022' }],
  sources: [src(`about ${id}`)],
  relations,
});

const nodes = [
  { id: 'tech:a', kind: 'TECHNOLOGY', nameEn: 'A', nameZh: '甲' },
  { id: 'regime:b', kind: 'REGIME', nameEn: 'B', nameZh: '乙' },
  { id: 'tech:c', kind: 'TECHNOLOGY', nameEn: 'C', nameZh: '丙' },
];
const edges = [
  { id: 'tech:a|CONTROLLED_BY|regime:b', type: 'CONTROLLED_BY', from: 'tech:a', to: 'regime:b' },
  { id: 'tech:c|CONTROLLED_BY|regime:b', type: 'CONTROLLED_BY', from: 'tech:c', to: 'regime:b' },
];
const entities = [
  entity('tech:a', [
    {
      id: 'tech:a|CONTROLLED_BY|regime:b',
      type: 'CONTROLLED_BY',
      direction: 'OUT',
      noteEn: 'n',
      noteZh: null,
      other: { id: 'regime:b' },
      sources: [src('a is controlled')],
    },
  ]),
  // The edge from tech:c is found from its other end.
  entity('regime:b', [
    {
      id: 'tech:c|CONTROLLED_BY|regime:b',
      type: 'CONTROLLED_BY',
      direction: 'IN',
      noteEn: null,
      noteZh: null,
      other: { id: 'tech:c' },
      sources: [src('c is controlled')],
    },
  ]),
];

describe('toExportGraph', () => {
  const graph = toExportGraph({ nodes, edges, entities, version: 'abc', loadedAt: '2026-01-01T00:00:00Z' });

  it('keeps the visible nodes with their texts and sources', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(['tech:a', 'regime:b', 'tech:c']);
    expect(graph.nodes[0]).toMatchObject({ summaryZh: '摘要', aliases: ['alias'], properties: { year: '2022' } });
    expect(graph.nodes[0]?.sources[0]?.quote).toBe('about tech:a');
    // Not fetched: names only.
    expect(graph.nodes[2]).toMatchObject({ nameEn: 'C', summaryEn: null, sources: [] });
    expect(graph.version).toBe('abc');
  });

  it('gives every edge the sources of its relation, from either end', () => {
    expect(graph.edges.map((e) => e.sources.map((s) => s.quote))).toEqual([['a is controlled'], ['c is controlled']]);
    expect(graph.edges[0]?.noteEn).toBe('n');
  });

  it("writes sources in the export's language: Chinese titles and originals, or English with the translation marked", () => {
    const translated = toExportGraph({
      nodes: nodes.slice(0, 1),
      edges: [],
      entities: [{ ...entity('tech:a'), sources: [src('图形处理器', 'graphics processing units')] }],
    });
    const sourcesColumn = (lang: 'en' | 'zh') => {
      const [header, row] = parseCsv((exportFiles('csv', translated, lang, 'x')[0]?.text ?? '').replace(/^\uFEFF/, ''));
      return row?.[header?.indexOf('sources') ?? -1];
    };
    expect(sourcesColumn('zh')).toBe('报告 § 序言 fn.3: "图形处理器" <https://example.org/r>');
    expect(sourcesColumn('en')).toBe(
      'The report § Preface fn.3: "graphics processing units" (translated by the atlas; original: "图形处理器") ' +
        '<https://example.org/r>',
    );
    // The JSON keeps every field, so both languages survive a round trip.
    const [json] = exportFiles('json', translated, 'en', 'x');
    expect(JSON.parse(json?.text ?? '{}')).toMatchObject({
      nodes: [
        {
          sources: [
            { documentZh: '报告', sectionEn: 'Preface', quote: '图形处理器', quoteEn: 'graphics processing units' },
          ],
        },
      ],
    });
  });

  it('serializes to JSON, two CSV files and GraphML', () => {
    const [json] = exportFiles('json', graph, 'en', 'x');
    const parsed = JSON.parse(json?.text ?? '') as { nodes: unknown[]; edges: unknown[] };
    expect([parsed.nodes.length, parsed.edges.length]).toEqual([3, 2]);
    const csv = exportFiles('csv', graph, 'zh', 'x');
    expect(csv.map((f) => f.name)).toEqual(['atlas-x-nodes.csv', 'atlas-x-edges.csv']);
    expect(parseCsv((csv[0]?.text ?? '').replace(/^\uFEFF/, ''))).toHaveLength(4);
    expect(parseCsv((csv[1]?.text ?? '').replace(/^\uFEFF/, ''))).toHaveLength(3);
    const [graphml] = exportFiles('graphml', graph, 'en', 'x');
    expect(graphml?.name).toBe('atlas-x.graphml');
    expect(graphml?.text.match(/<node /g)).toHaveLength(3);
    expect(graphml?.text.match(/<edge /g)).toHaveLength(2);
  });
});
