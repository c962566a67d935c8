/**
 * The current view as the serializers of graph-seed/domain/export see it: the visible nodes and edges, with both
 * languages' texts and every source, from the entities fetched for the export (api/viewExport.graphql).
 * Pure, so it is unit-tested; the browser-only parts (fetching, downloading) live in fetchView.ts and App.
 */
import { toCsv, toGraphML, toJson } from '#domain';
import type { EntityKind, ExportEdge, ExportGraph, ExportNode, Lang, Source } from '#domain';
import type { ExportEntityFragment, SourceFieldsFragment } from '../api/gql/graphql';
import type { EdgeInfo, NodeInfo } from '../state/types';

export type DataFormat = 'json' | 'csv' | 'graphml';

export interface ViewGraphInput {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  /** The entities fetched for the export; a visible node missing here is exported with its names only. */
  readonly entities: readonly ExportEntityFragment[];
  readonly version?: string | null;
  readonly loadedAt?: string | null;
}

export function toSource(source: SourceFieldsFragment): Source {
  return {
    documentId: source.documentId,
    document: source.document,
    // Both titles and the atlas's translations travel with the source, so an export reads in either language.
    documentZh: source.documentZh,
    section: source.section,
    sectionEn: source.sectionEn,
    footnote: source.footnote,
    quote: source.quote,
    quoteEn: source.quoteEn,
    url: source.url,
    supplementary: source.supplementary,
    note: source.note,
  };
}

function properties(list: readonly { key: string; value: string }[]): Record<string, unknown> | undefined {
  return list.length > 0 ? Object.fromEntries(list.map((p) => [p.key, p.value])) : undefined;
}

function exportNode(node: NodeInfo, entity: ExportEntityFragment | undefined): ExportNode {
  if (!entity) {
    return {
      id: node.id,
      kind: node.kind as EntityKind,
      nameEn: node.nameEn,
      nameZh: node.nameZh,
      summaryEn: null,
      summaryZh: null,
      aliases: [],
      url: null,
      sources: [],
    };
  }
  const props = properties(entity.properties);
  return {
    id: entity.id,
    kind: entity.kind,
    nameEn: entity.nameEn,
    nameZh: entity.nameZh,
    summaryEn: entity.summaryEn,
    summaryZh: entity.summaryZh,
    aliases: [...entity.aliases],
    url: entity.url,
    sources: entity.sources.map(toSource),
    noteEn: entity.noteEn,
    noteZh: entity.noteZh,
    ...(props ? { properties: props } : {}),
  };
}

type Relation = ExportEntityFragment['relations'][number];

/** Builds the ExportGraph of the visible view; each edge's sources come from either end's relation of that id. */
export function toExportGraph(input: ViewGraphInput): ExportGraph {
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const relation = (edge: EdgeInfo): Relation | undefined => {
    for (const end of [edge.from, edge.to]) {
      const found = entities.get(end)?.relations.find((r) => r.id === edge.id);
      if (found) return found;
    }
    return undefined;
  };
  const nodes = input.nodes.map((n) => exportNode(n, entities.get(n.id)));
  const edges = input.edges.map((e): ExportEdge => {
    const r = relation(e);
    return {
      id: e.id,
      type: e.type,
      from: e.from,
      to: e.to,
      sources: r ? r.sources.map(toSource) : [],
      ...(r ? { noteEn: r.noteEn, noteZh: r.noteZh } : {}),
    };
  });
  return { nodes, edges, version: input.version ?? null, loadedAt: input.loadedAt ?? null };
}

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The files one data export downloads: JSON and GraphML one each, CSV two (nodes and edges). */
export function exportFiles(format: DataFormat, graph: ExportGraph, lang: Lang, stamp: string): ExportFile[] {
  const base = `atlas-${stamp}`;
  switch (format) {
    case 'json':
      return [{ name: `${base}.json`, type: 'application/json;charset=utf-8', text: toJson(graph) }];
    case 'graphml':
      return [{ name: `${base}.graphml`, type: 'application/xml;charset=utf-8', text: toGraphML(graph, { lang }) }];
    case 'csv': {
      const { nodesCsv, edgesCsv } = toCsv(graph, { lang, bom: true });
      return [
        { name: `${base}-nodes.csv`, type: 'text/csv;charset=utf-8', text: nodesCsv },
        { name: `${base}-edges.csv`, type: 'text/csv;charset=utf-8', text: edgesCsv },
      ];
    }
  }
}
