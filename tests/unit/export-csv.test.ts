// CSV export: RFC 4180 quoting (comma, quote, CR/LF), CRLF records, a round trip through the parser, flattened sources.
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, EDGE_COLUMNS, NODE_COLUMNS, toCsv } from '#domain';
import { parseCsv } from './helpers/csv';
import { GRAPH, TRICKY } from './helpers/export-fixture';

describe('csvField', () => {
  it('leaves plain text alone and quotes text with a comma, a quote, CR or LF', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('round-trips a field holding a comma, a quote and a newline', () => {
    const field = 'a, "quoted" value\nover two lines, 中文';
    const text = csvRecord(['x', field, '']) + csvRecord(['', 'y', 'z']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['x', field, ''],
      ['', 'y', 'z'],
    ]);
  });

  it('rejects malformed text', () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c"\r\n')).toThrow(/quote/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/closing quote/);
  });
});

describe('toCsv', () => {
  const { nodesCsv, edgesCsv } = toCsv(GRAPH);
  const nodes = parseCsv(nodesCsv);
  const edges = parseCsv(edgesCsv);

  it('writes a header and one record per node and edge, every record with every column', () => {
    expect(nodes[0]).toEqual([...NODE_COLUMNS]);
    expect(edges[0]).toEqual([...EDGE_COLUMNS]);
    expect(nodes).toHaveLength(GRAPH.nodes.length + 1);
    expect(edges).toHaveLength(GRAPH.edges.length + 1);
    for (const record of nodes) expect(record).toHaveLength(NODE_COLUMNS.length);
    for (const record of edges) expect(record).toHaveLength(EDGE_COLUMNS.length);
    // Every record ends with CRLF; the only bare LFs are inside quoted fields.
    expect(nodesCsv.endsWith('\r\n')).toBe(true);
    expect(nodesCsv.split('\r\n')[0]).toBe(NODE_COLUMNS.join(','));
  });

  it('keeps awkward text intact through a round trip', () => {
    const column = (name: (typeof NODE_COLUMNS)[number]) => NODE_COLUMNS.indexOf(name);
    const wassenaar = nodes[1] ?? [];
    expect(wassenaar[column('summaryEn')]).toBe(TRICKY);
    expect(wassenaar[column('nameZh')]).toBe('瓦森纳安排');
    expect(wassenaar[column('aliases')]).toBe('WA | 瓦森纳');
    const h100 = nodes[2] ?? [];
    expect(h100[column('nameEn')]).toBe('NVIDIA "H100", <GPU> & co');
    expect(h100[column('summaryZh')]).toBe('');
  });

  it('flattens sources to "document § section fn.N: "quote"" lines joined by " | "', () => {
    const sources = nodes[2]?.[NODE_COLUMNS.indexOf('sources')];
    expect(sources).toBe(
      'The report § 各国为限制双重用途人工智能技术出口所采取的措施 fn.15: "被42个国家承认为最广泛接受的国际两用技术协议之一" ' +
        '<https://example.org/report?a=1&b=2> | Vendor page, "specs" <https://example.org/vendor> (supplementary) [vendor list]',
    );
  });

  it('writes edges with their ends, the vocabulary verb and the type', () => {
    expect(edges[1]?.slice(0, 5)).toEqual([
      'tech:nvidia-h100|CONTROLLED_BY|measure:control-lists',
      'tech:nvidia-h100',
      'measure:control-lists',
      'is controlled by',
      'CONTROLLED_BY',
    ]);
    const zh = parseCsv(toCsv(GRAPH, { lang: 'zh' }).edgesCsv);
    expect(zh[1]?.[3]).toBe('受…管制');
    expect(zh[1]?.[5]).toContain('出口军民两用的人工智能技术问题 §');
    expect(parseCsv(toCsv(GRAPH, { lang: 'zh' }).nodesCsv)[1]?.[1]).toBe('瓦森纳安排');
  });

  it('adds a byte-order mark only when asked, and the parser skips it', () => {
    expect(nodesCsv.startsWith('\uFEFF')).toBe(false);
    const withBom = toCsv(GRAPH, { bom: true });
    expect(withBom.nodesCsv.startsWith('\uFEFFid,')).toBe(true);
    expect(parseCsv(withBom.edgesCsv)).toEqual(edges);
  });
});
