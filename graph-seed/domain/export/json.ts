/**
 * JSON export: one document with the nodes and the edges, each with its sources, and the data version.
 * Optional fields appear only when the input has them; nothing else is added, so the output is deterministic.
 */
import { canonicalSource } from './text';
import type { ExportEdge, ExportGraph, ExportNode } from './types';

/** Names the format, so a reader can tell this file from any other JSON. */
export const JSON_EXPORT_FORMAT = 'dual-use-ai-atlas/graph@1';

function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const present = Object.entries(optional).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(present) };
}

function node(n: ExportNode): ExportNode {
  return withOptional(
    {
      id: n.id,
      kind: n.kind,
      nameEn: n.nameEn,
      nameZh: n.nameZh,
      summaryEn: n.summaryEn,
      summaryZh: n.summaryZh,
      aliases: [...n.aliases],
      url: n.url,
      sources: n.sources.map(canonicalSource),
    },
    {
      aliasesEn: n.aliasesEn && [...n.aliasesEn],
      aliasesZh: n.aliasesZh && [...n.aliasesZh],
      noteEn: n.noteEn,
      noteZh: n.noteZh,
      properties: n.properties,
    },
  );
}

function edge(e: ExportEdge): ExportEdge {
  return withOptional(
    { id: e.id, type: e.type, from: e.from, to: e.to, sources: e.sources.map(canonicalSource) },
    { noteEn: e.noteEn, noteZh: e.noteZh, properties: e.properties },
  );
}

export interface JsonExport {
  readonly format: typeof JSON_EXPORT_FORMAT;
  readonly version: string | null;
  readonly loadedAt: string | null;
  readonly counts: { readonly nodes: number; readonly edges: number };
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

export function toJsonObject(graph: ExportGraph): JsonExport {
  return {
    format: JSON_EXPORT_FORMAT,
    version: graph.version ?? null,
    loadedAt: graph.loadedAt ?? null,
    counts: { nodes: graph.nodes.length, edges: graph.edges.length },
    nodes: graph.nodes.map(node),
    edges: graph.edges.map(edge),
  };
}

/** Pretty-printed (2 spaces), UTF-8 text as is (Chinese is not \u-escaped), ending with a newline. */
export function toJson(graph: ExportGraph): string {
  return `${JSON.stringify(toJsonObject(graph), null, 2)}\n`;
}
