// JSON export: a self-describing document whose nodes and edges (with sources) survive a round trip.
import { describe, expect, it } from 'vitest';
import { JSON_EXPORT_FORMAT, toJson } from '#domain';
import type { JsonExport } from '#domain';
import { GRAPH, TRICKY } from './helpers/export-fixture';

describe('toJson', () => {
  const text = toJson(GRAPH);
  const parsed = JSON.parse(text) as JsonExport;

  it('names its format, version and counts', () => {
    expect(parsed.format).toBe(JSON_EXPORT_FORMAT);
    expect(parsed.version).toBe('abc123def456');
    expect(parsed.loadedAt).toBe('2025-06-01T10:20:30.123Z');
    expect(parsed.counts).toEqual({ nodes: 3, edges: 2 });
    expect(parsed.nodes.map((n) => n.id)).toEqual(GRAPH.nodes.map((n) => n.id));
    expect(parsed.edges.map((e) => [e.from, e.type, e.to])).toEqual(GRAPH.edges.map((e) => [e.from, e.type, e.to]));
  });

  it('keeps text and sources intact, Chinese unescaped', () => {
    expect(parsed.nodes[0]?.summaryEn).toBe(TRICKY);
    expect(text).toContain('瓦森纳安排');
    expect(text).not.toContain('\\u');
    expect(parsed.nodes[1]?.sources).toHaveLength(2);
    expect(parsed.nodes[1]?.sources[1]).toEqual({
      documentId: 'doc:supp',
      document: 'Vendor page, "specs"',
      documentZh: null,
      section: null,
      sectionEn: null,
      footnote: null,
      quote: null,
      quoteEn: null,
      url: 'https://example.org/vendor',
      supplementary: true,
      note: 'vendor list',
    });
    expect(parsed.edges[1]?.sources).toHaveLength(2);
  });

  it('writes optional fields only when present', () => {
    expect(parsed.nodes[0]).toHaveProperty('properties', { participatingStates: 42 });
    expect(parsed.nodes[2]).not.toHaveProperty('properties');
    expect(parsed.nodes[2]).not.toHaveProperty('noteEn');
    expect(parsed.edges[0]).toHaveProperty('noteEn', 'Note with "quotes" & <tags>');
  });

  it('is deterministic and ends with a newline', () => {
    expect(toJson(GRAPH)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(toJson({ nodes: [], edges: [] }))).toMatchObject({
      version: null,
      counts: { nodes: 0, edges: 0 },
    });
  });
});
