/**
 * A Cypher script that rebuilds the graph in any Neo4j 5 (no APOC or other plugin): the constraint and indexes the
 * loader creates, then the entities and relationships as UNWIND batches over literal lists of maps, then the seed
 * metadata. Every value is a literal with escapes (no parameters, so cypher-shell or the Browser can run it as is);
 * labels and relationship types come from the vocabulary and must be plain identifiers. Statements end with ";" at
 * the end of a line and no string literal contains a line break, so splitting on ";\n" gives the statements.
 * MERGE on ids makes running it twice harmless; it does not delete anything already in the database.
 * The node properties are the loader's (graph-seed/src/cypher.ts nodeRow), so the API can serve the rebuilt graph.
 */
import { MARK_DATED } from '../dated';
import { schemaStatements } from '../graphSchema';
import { searchFields } from '../searchFields';
import { validityBounds } from '../validity';
import { ENTITY_KINDS, KIND_LABEL, RELATION_TYPES } from '../vocabulary';
import type { EntityKind } from '../vocabulary';
import { canonicalSource } from './text';
import type { ExportEdge, ExportGraph, ExportNode } from './types';

export const CYPHER_BATCH_SIZE = 100;

export interface CypherScriptOptions {
  /** Rows per UNWIND statement; default 100. */
  readonly batchSize?: number;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/u;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a safe Cypher identifier: ${name}`);
  return name;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A single-quoted Cypher string literal; backslashes, quotes and every control or line-separator character escaped. */
export function cypherString(value: string): string {
  const body = value.replace(
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    /[\\'\u0000-\u001F\u007F\u2028\u2029]/gu,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A map key: bare when it is a plain identifier, otherwise back-quoted (inner back-quotes doubled). */
function cypherKey(key: string): string {
  return IDENTIFIER.test(key) ? key : `\`${key.replace(/`/gu, '``')}\``;
}

/** A Cypher literal for a string, finite number, boolean, null, list or plain object (a map). */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Cypher literal`);
    if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : value.toExponential();
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${cypherKey(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  throw new Error(`cannot write a ${typeof value} as a Cypher literal`);
}

const KIND_SET = new Set<string>(ENTITY_KINDS);
const HAN = /\p{Script=Han}/u;

/** The node's properties as the loader writes them (null values left out: Neo4j does not store nulls). */
export function nodeProperties(node: ExportNode): Record<string, unknown> {
  if (!KIND_SET.has(node.kind)) throw new Error(`entity ${node.id} has an unknown kind ${node.kind}`);
  // The loader keeps the aliases by language and all of them (English first); a view from the browser may only have
  // the combined list, which is then split by script.
  const byLang = node.aliasesEn !== undefined && node.aliasesZh !== undefined;
  const search = byLang
    ? searchFields(node.nameEn, node.nameZh, node.aliasesEn ?? [], node.aliasesZh ?? [])
    : searchFields(
        node.nameEn,
        node.nameZh,
        node.aliases.filter((a) => !HAN.test(a)),
        node.aliases.filter((a) => HAN.test(a)),
      );
  const properties: Record<string, unknown> = {
    id: node.id,
    kind: node.kind,
    nameEn: node.nameEn,
    nameZh: node.nameZh,
    ...search,
    summaryEn: node.summaryEn,
    summaryZh: node.summaryZh,
    noteEn: node.noteEn ?? null,
    noteZh: node.noteZh ?? null,
    url: node.url,
    sourcesJson: JSON.stringify(node.sources.map(canonicalSource)),
    propertiesJson: JSON.stringify(node.properties ?? {}),
    scope: node.scope ?? null,
    scopeNoteEn: node.scopeNoteEn ?? null,
    scopeNoteZh: node.scopeNoteZh ?? null,
    ...validityProperties(node),
  };
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null));
}

/**
 * The dates as the loader stores them: as written, their sources, and the first and last valid day, which the
 * statements turn into Neo4j dates (`date(null)` is null, so an undated fact gets none).
 */
function validityProperties(item: {
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly validityJson?: string | null;
}): Record<string, unknown> {
  const { fromDay, toDay } = validityBounds({ validFrom: item.validFrom, validTo: item.validTo });
  return {
    validFrom: item.validFrom ?? null,
    validTo: item.validTo ?? null,
    validFromDay: fromDay,
    validToDay: toDay,
    validityJson: item.validityJson ?? null,
  };
}

const DATE_DAYS = (target: string, row: string) =>
  `SET ${target}.validFromDay = date(${row}.validFromDay), ${target}.validToDay = date(${row}.validToDay)`;

export function edgeProperties(edge: ExportEdge): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: edge.id,
    sourcesJson: JSON.stringify(edge.sources.map(canonicalSource)),
    noteEn: edge.noteEn ?? null,
    noteZh: edge.noteZh ?? null,
    propertiesJson: JSON.stringify(edge.properties ?? {}),
    ...validityProperties(edge),
  };
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null));
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

function unwind(rows: readonly unknown[]): string {
  return `UNWIND [\n${rows.map((row) => `  ${cypherLiteral(row)}`).join(',\n')}\n] AS row`;
}

export function toCypherScript(graph: ExportGraph, options: CypherScriptOptions = {}): string {
  const batchSize = options.batchSize ?? CYPHER_BATCH_SIZE;
  for (const node of graph.nodes) {
    if (!KIND_SET.has(node.kind)) throw new Error(`entity ${node.id} has an unknown kind ${node.kind}`);
  }
  const statements: string[] = schemaStatements().map((s) => s.cypher);

  for (const kind of ENTITY_KINDS) {
    const label = identifier(KIND_LABEL[kind satisfies EntityKind]);
    const rows = graph.nodes.filter((n) => n.kind === kind).map(nodeProperties);
    for (const batch of batches(rows, batchSize)) {
      statements.push(
        `${unwind(batch)}\nMERGE (n:Entity {id: row.id})\nSET n = row, n:${label}\n${DATE_DAYS('n', 'row')}`,
      );
    }
  }

  const unknownTypes = [...new Set(graph.edges.map((e) => e.type))].filter((t) => !Object.hasOwn(RELATION_TYPES, t));
  if (unknownTypes.length > 0) throw new Error(`unknown relationship type(s): ${unknownTypes.join(', ')}`);
  for (const type of Object.keys(RELATION_TYPES)) {
    const literal = identifier(type);
    const rows = graph.edges
      .filter((e) => e.type === type)
      .map((e) => ({ from: e.from, to: e.to, properties: edgeProperties(e) }));
    for (const batch of batches(rows, batchSize)) {
      statements.push(
        `${unwind(batch)}\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\n` +
          `MERGE (a)-[r:${literal} {id: row.properties.id}]->(b)\nSET r = row.properties\n` +
          DATE_DAYS('r', 'row.properties'),
      );
    }
  }

  statements.push('CALL db.awaitIndexes(300)');
  // The Dated marker the loaders set (dated.ts), from the dates just written.
  statements.push(...MARK_DATED);
  if (graph.version) {
    const loadedAt =
      graph.loadedAt && /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?$/u.test(graph.loadedAt)
        ? `datetime(${cypherString(graph.loadedAt)})`
        : 'datetime()';
    statements.push(
      `MERGE (m:SeedMeta {key: 'seed'})\nSET m.version = ${cypherString(graph.version)}, m.loadedAt = ${loadedAt}, ` +
        `m.nodes = ${graph.nodes.length}, m.relationships = ${graph.edges.length}`,
    );
  }

  const header = [
    `// Dual-Use AI Atlas graph: ${graph.nodes.length} entities, ${graph.edges.length} relationships` +
      (graph.version ? `, data version ${graph.version}.` : '.'),
    '// Rebuilds the graph in an empty Neo4j 5 database (no plugins needed), for example:',
    '//   cypher-shell -a bolt://localhost:7687 -u neo4j -p <password> -f graph.cypher',
    '// Each statement ends with ";" at the end of a line; no string literal contains a line break.',
  ].join('\n');
  return `${header}\n${statements.map((s) => `${s};\n`).join('')}`;
}

/** The statements of a script from toCypherScript (comment lines removed), for drivers that run one at a time. */
export function splitCypherScript(script: string): string[] {
  return script
    .split(';\n')
    .map((chunk) =>
      chunk
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement !== '');
}
