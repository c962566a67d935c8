/**
 * Pure serializers of a graph (the whole database or the explorer's current view): JSON, GraphML, CSV and a Cypher
 * script. No Node APIs here or in the modules below, so the browser uses them as the export command does.
 */
export type { ExportEdge, ExportGraph, ExportNode } from './types';
export { JSON_EXPORT_FORMAT, toJson, toJsonObject } from './json';
export type { JsonExport } from './json';
export { toGraphML, xmlAttribute, xmlText } from './graphml';
export type { GraphMLOptions } from './graphml';
export { csvField, csvRecord, EDGE_COLUMNS, NODE_COLUMNS, toCsv } from './csv';
export type { CsvFiles, CsvOptions, CsvValue } from './csv';
export {
  CYPHER_BATCH_SIZE,
  cypherLiteral,
  cypherString,
  edgeProperties,
  nodeProperties,
  splitCypherScript,
  toCypherScript,
} from './cypher-script';
export type { CypherScriptOptions } from './cypher-script';
export { canonicalSource, formatSourceLine, formatSources } from './text';
