// The Cypher script export: escaped literals, vocabulary labels and types, statements separated by ";\n".
import { describe, expect, it } from 'vitest';
import {
  cypherLiteral,
  cypherString,
  KIND_LABEL,
  nodeProperties,
  schemaStatements,
  splitCypherScript,
  toCypherScript,
} from '#domain';
import type { ExportGraph } from '#domain';
import { GRAPH, TRICKY } from './helpers/export-fixture';

/** Reads a Cypher single-quoted string literal at `start` the way Cypher does; returns the value and the end. */
function readCypherString(text: string, start: number): { value: string; end: number } {
  expect(text[start]).toBe("'");
  const simple: Record<string, string> = {
    t: '\t',
    b: '\b',
    n: '\n',
    r: '\r',
    f: '\f',
    "'": "'",
    '"': '"',
    '\\': '\\',
  };
  let value = '';
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) throw new Error('unterminated string literal');
    if (c === '\n' || c === '\r') throw new Error('raw line break inside a string literal');
    if (c === "'") return { value, end: i + 1 };
    if (c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const mapped = simple[e];
      if (mapped === undefined) throw new Error(`invalid escape \\${e}`);
      value += mapped;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
}

/** Every string literal in a piece of Cypher, in order. */
function stringLiterals(cypher: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < cypher.length; i += 1) {
    if (cypher[i] === "'") {
      const { value, end } = readCypherString(cypher, i);
      out.push(value);
      i = end - 1;
    }
  }
  return out;
}

describe('cypher literals', () => {
  it('escapes quotes, backslashes, line breaks and control characters, and keeps CJK as is', () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString('a\\b')).toBe("'a\\\\b'");
    expect(cypherString('one\ntwo\r\tthree')).toBe("'one\\ntwo\\r\\tthree'");
    expect(cypherString('bell\u0007')).toBe("'bell\\u0007'");
    expect(cypherString('瓦森纳《安排》')).toBe("'瓦森纳《安排》'");
    for (const value of [TRICKY, "'; MATCH (n) DETACH DELETE n; //", 'line\u2028sep', "\\'", '']) {
      expect(readCypherString(cypherString(value), 0).value).toBe(value);
    }
  });

  it('writes maps, lists, numbers, booleans and null', () => {
    expect(cypherLiteral({ a: 1, 'odd key': [true, null, 'x'], b: 1.5 })).toBe(
      "{a: 1, `odd key`: [true, null, 'x'], b: 1.5}",
    );
    expect(() => cypherLiteral(Number.NaN)).toThrow();
  });
});

describe('toCypherScript', () => {
  const script = toCypherScript(GRAPH, { batchSize: 2 });
  const statements = splitCypherScript(script);

  it('starts with the constraint and indexes the loader creates, and ends with the seed metadata', () => {
    const schema = schemaStatements().map((s) => s.cypher);
    expect(statements.slice(0, schema.length)).toEqual(schema);
    expect(statements[0]).toContain('REQUIRE n.id IS UNIQUE');
    const last = statements[statements.length - 1] ?? '';
    expect(last).toMatch(/^MERGE \(m:SeedMeta \{key: 'seed'\}\)/);
    expect(last).toContain("m.version = 'abc123def456'");
    expect(last).toContain("m.loadedAt = datetime('2025-06-01T10:20:30.123Z')");
    expect(last).toContain('m.nodes = 3, m.relationships = 2');
  });

  it('separates statements with ";\\n" only: no literal holds a line break', () => {
    expect(script.split(';\n').filter((s) => s.trim() !== '')).toHaveLength(statements.length);
    for (const statement of statements) {
      expect(statement).not.toContain(';\n');
      stringLiterals(statement); // throws on a raw line break inside a literal
    }
  });

  it('writes each kind with its vocabulary label and each type as the relationship type', () => {
    const nodeStatements = statements.filter((s) => s.includes('MERGE (n:Entity {id: row.id})'));
    expect(nodeStatements).toHaveLength(3);
    expect(nodeStatements.map((s) => /^SET n = row, n:(\w+)$/m.exec(s)?.[1])).toEqual([
      KIND_LABEL.TECHNOLOGY,
      KIND_LABEL.REGIME,
      KIND_LABEL.CONTROL_MEASURE,
    ]);
    const edgeStatements = statements.filter((s) => s.includes('MERGE (a)-['));
    expect(edgeStatements.map((s) => /MERGE \(a\)-\[r:(\w+) /.exec(s)?.[1]).sort()).toEqual([
      'CONTROLLED_BY',
      'EMPLOYS',
    ]);
    expect(script).not.toMatch(/\$\w/); // literals only, no parameters
  });

  it('batches rows by batchSize', () => {
    const many: ExportGraph = {
      nodes: Array.from({ length: 5 }, (_, i) => ({
        ...(GRAPH.nodes[2] as ExportGraph['nodes'][number]),
        id: `measure:m${i}`,
      })),
      edges: [],
    };
    const nodeStatements = splitCypherScript(toCypherScript(many, { batchSize: 2 })).filter((s) =>
      s.startsWith('UNWIND'),
    );
    expect(nodeStatements).toHaveLength(3);
    expect(splitCypherScript(toCypherScript(many)).filter((s) => s.startsWith('UNWIND'))).toHaveLength(1);
  });

  it('carries every string intact, including quotes, newlines and CJK', () => {
    const literals = stringLiterals(script);
    expect(literals).toContain(TRICKY);
    expect(literals).toContain('NVIDIA "H100", <GPU> & co');
    expect(literals).toContain('瓦森纳安排');
    expect(literals).toContain('line one\nline two');
  });

  it('writes the node properties the loader writes', () => {
    const props = nodeProperties(GRAPH.nodes[0] as ExportGraph['nodes'][number]);
    expect(Object.keys(props).sort()).toEqual(
      [
        'id',
        'kind',
        'nameEn',
        'nameZh',
        'aliasesEn',
        'aliasesZh',
        'aliases',
        'aliasesText',
        'summaryEn',
        'summaryZh',
        'url',
        'sourcesJson',
        'propertiesJson',
        'nameKeys',
      ].sort(),
    );
    expect(props.aliasesText).toBe('WA | 瓦森纳');
    expect(props.nameKeys).toEqual(['wassenaar arrangement', '瓦森纳安排', 'wa', '瓦森纳']);
    expect(JSON.parse(props.propertiesJson as string)).toEqual({ participatingStates: 42 });
    expect(Object.keys((JSON.parse(props.sourcesJson as string) as object[])[0] ?? {})).toEqual([
      'documentId',
      'document',
      'documentZh',
      'section',
      'sectionEn',
      'footnote',
      'quote',
      'quoteEn',
      'url',
      'supplementary',
      'note',
    ]);
    // Without per-language aliases (a view from the browser), the combined list is split by script.
    const { aliasesEn: _en, aliasesZh: _zh, ...plain } = GRAPH.nodes[0] as ExportGraph['nodes'][number];
    expect(nodeProperties(plain)).toMatchObject({
      aliasesEn: ['WA'],
      aliasesZh: ['瓦森纳'],
      aliases: ['WA', '瓦森纳'],
    });
  });

  it('refuses kinds and relationship types outside the vocabulary', () => {
    const badKind = { nodes: [{ ...GRAPH.nodes[0], kind: 'WIDGET' }], edges: [] } as unknown as ExportGraph;
    expect(() => toCypherScript(badKind)).toThrow(/unknown kind WIDGET/);
    const badType: ExportGraph = {
      nodes: [],
      edges: [{ ...(GRAPH.edges[0] as ExportGraph['edges'][number]), type: 'X]->() DETACH DELETE' }],
    };
    expect(() => toCypherScript(badType)).toThrow(/unknown relationship type/);
  });

  it('leaves out the seed metadata when the version is unknown', () => {
    const statements2 = splitCypherScript(toCypherScript({ nodes: GRAPH.nodes, edges: [] }));
    expect(statements2.some((s) => s.includes('SeedMeta'))).toBe(false);
  });
});
