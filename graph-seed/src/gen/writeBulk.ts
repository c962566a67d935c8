/**
 * `--format bulk`: the synthetic graph (the real seed included) as CSV for `neo4j-admin database import full`.
 * Rows are the loader's own (nodeRow and relationshipRow from ../cypher.ts), so an imported graph has the same
 * properties as a loaded one: the `Entity` label plus the kind's label, the search fields, the resolved sources.
 * Files: nodes.header.csv + nodes.csv, relationships.header.csv + relationships.csv, and meta.json (counts and the
 * real seed's version, which the bulk loader records in SeedMeta), written last so that its presence means the
 * output is complete. Nothing is held beyond the current row: a relationship's ends are the generator's own indexes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodeRow, relationshipRow, type NodeRow, type RelationshipRow, type ValidityRow } from '../cypher';
import type { SeedEntity, SeedRelation } from '../schema';
import type { SyntheticGraph } from './graph';
import { TextSink } from './sink';
import type { WriteResult } from './writeSeed';
import { KIND_LABEL } from '#domain';

/**
 * Between the items of an array field: the ASCII unit separator, which no name or alias contains (";" does, in
 * the titles of Federal Register documents, and would split them). An item containing it is refused. The bulk
 * loader passes it to neo4j-admin (`--array-delimiter`).
 */
export const ARRAY_DELIMITER = '\u001f';

/**
 * When a fact holds (cypher.ts, validityRow): the dates as written, the first and last days as Neo4j dates (the
 * import's `date` type, as the loader's `date()`), and the dates' sources. Empty, hence unset, on an undated fact.
 */
const VALIDITY_COLUMNS: readonly (readonly [keyof ValidityRow, string])[] = [
  ['validFrom', 'validFrom'],
  ['validTo', 'validTo'],
  ['validFromDay', 'validFromDay:date'],
  ['validToDay', 'validToDay:date'],
  ['validityJson', 'validityJson'],
];

/** Every property the loader writes on a node, with its import type. */
export const NODE_COLUMNS: readonly (readonly [keyof NodeRow, string])[] = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['nameEn', 'nameEn'],
  ['nameZh', 'nameZh'],
  ['aliasesEn', 'aliasesEn:string[]'],
  ['aliasesZh', 'aliasesZh:string[]'],
  ['aliases', 'aliases:string[]'],
  ['aliasesText', 'aliasesText'],
  ['summaryEn', 'summaryEn'],
  ['summaryZh', 'summaryZh'],
  ['noteEn', 'noteEn'],
  ['noteZh', 'noteZh'],
  ['url', 'url'],
  ['sourcesJson', 'sourcesJson'],
  ['propertiesJson', 'propertiesJson'],
  ['scope', 'scope'],
  ['scopeNoteEn', 'scopeNoteEn'],
  ['scopeNoteZh', 'scopeNoteZh'],
  ['nameKeys', 'nameKeys:string[]'],
  ...VALIDITY_COLUMNS,
];

/**
 * The nodes' header: the import id, the properties, the labels. The import id is the entity's index in the generated
 * graph (real entities first, in the order written), an integer (`--id-type=integer`): the importer maps integer ids
 * to nodes faster than strings (1M entities and 5M relationships: the node stage 21.1 → 19.5 s, the relationship
 * stage 52.1 → 47.6 s). It is not stored; the entity's `id` property is.
 */
export const NODE_HEADER: readonly string[] = [':ID', ...NODE_COLUMNS.map(([, header]) => header), ':LABEL'];

/** Every property the loader writes on a relationship. */
export const RELATIONSHIP_COLUMNS: readonly (readonly [keyof RelationshipRow['properties'], string])[] = [
  ['id', 'id'],
  ['sourcesJson', 'sourcesJson'],
  ['noteEn', 'noteEn'],
  ['noteZh', 'noteZh'],
  ['propertiesJson', 'propertiesJson'],
  ...VALIDITY_COLUMNS,
];

/**
 * One CSV field. A missing value is an empty unquoted field, which the import leaves unset (as the loader's null
 * does); text is always quoted, with quotes doubled. Line breaks are refused: they would need the import's slower
 * multi-line mode.
 */
export function csvField(value: string | readonly string[] | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') {
    for (const item of value) {
      if (item.includes(ARRAY_DELIMITER))
        throw new Error(`an array item contains the array delimiter (U+001F): ${item}`);
    }
    return csvField(value.join(ARRAY_DELIMITER));
  }
  if (/[\r\n]/u.test(value)) throw new Error(`a value contains a line break: ${value.slice(0, 60)}`);
  return `"${value.replaceAll('"', '""')}"`;
}

export function nodeLine(row: NodeRow, importId: number): string {
  const fields = [String(importId), ...NODE_COLUMNS.map(([key]) => csvField(row[key]))];
  // The labels are an array field too: split by the same delimiter the import is told of.
  fields.push(csvField(['Entity', KIND_LABEL[row.kind]]));
  return `${fields.join(',')}\n`;
}

/** A relationship between the nodes of import ids `from` and `to` (see NODE_HEADER). */
export function relationshipLine(row: RelationshipRow, type: string, from: number, to: number): string {
  const fields = [String(from), String(to), type];
  for (const [key] of RELATIONSHIP_COLUMNS) fields.push(csvField(row.properties[key]));
  return `${fields.join(',')}\n`;
}

export const BULK_FILES = {
  nodesHeader: 'nodes.header.csv',
  nodes: 'nodes.csv',
  relationshipsHeader: 'relationships.header.csv',
  relationships: 'relationships.csv',
  meta: 'meta.json',
} as const;

export interface BulkMeta {
  readonly nodes: number;
  readonly relationships: number;
  readonly seedVersion: string;
  readonly options: SyntheticGraph['options'];
}

export function writeBulkFormat(graph: SyntheticGraph, out: string): WriteResult {
  mkdirSync(out, { recursive: true });
  const { real } = graph;
  const documents = new Map<string, SeedEntity>(
    real.entities.filter((entity) => entity.kind === 'DOCUMENT').map((entity) => [entity.id, entity]),
  );
  writeFileSync(path.join(out, BULK_FILES.nodesHeader), `${NODE_HEADER.join(',')}\n`);
  writeFileSync(
    path.join(out, BULK_FILES.relationshipsHeader),
    `${[':START_ID', ':END_ID', ':TYPE', ...RELATIONSHIP_COLUMNS.map(([, header]) => header)].join(',')}\n`,
  );

  const nodes = new TextSink(path.join(out, BULK_FILES.nodes));
  let nodeCount = 0;
  for (const source of [real.entities, graph.entities()]) {
    for (const entity of source) {
      // The n-th entity written is the graph's entity n: its index is its import id.
      nodes.write(nodeLine(nodeRow(entity, documents, real.translations), nodeCount));
      nodeCount++;
    }
  }
  nodes.close();

  const relationships = new TextSink(path.join(out, BULK_FILES.relationships));
  let relationshipCount = 0;
  const write = (relation: SeedRelation, from: number, to: number) => {
    const row = relationshipRow(relation, documents, real.translations);
    relationships.write(relationshipLine(row, relation.type, from, to));
    relationshipCount++;
  };
  for (const relation of real.relations)
    write(relation, graph.realIndexOf(relation.from), graph.realIndexOf(relation.to));
  for (const { relation, from, to } of graph.indexedRelations()) write(relation, from, to);
  relationships.close();

  const meta: BulkMeta = {
    nodes: nodeCount,
    relationships: relationshipCount,
    seedVersion: real.version,
    options: graph.options,
  };
  writeFileSync(path.join(out, BULK_FILES.meta), `${JSON.stringify(meta, null, 2)}\n`);
  return { nodes: nodeCount, relationships: relationshipCount, bytes: nodes.bytes + relationships.bytes };
}
