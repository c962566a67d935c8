/**
 * Reads the whole graph for `npm run export`, in one read transaction (one consistent snapshot), into the shape the
 * pure serializers of graph-seed/domain/export take.
 */
import type { EntityKind, ExportEdge, ExportGraph, ExportNode } from '#domain';
import { parseSources } from '../entity/model';
import { ENTITY_KINDS } from '#domain';
import { records, type Db } from '../db/driver';
import { exportEdgesQuery, exportMetaQuery, exportNodesQuery } from './query';

type Props = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  return JSON.parse(value) as T;
}

const KINDS = new Set<string>(ENTITY_KINDS);

export function exportNode(p: Props): ExportNode {
  const id = text(p.id) ?? '';
  const kind = text(p.kind) ?? '';
  if (!KINDS.has(kind)) throw new Error(`entity ${id} has an unknown kind "${kind}"`);
  return {
    id,
    kind: kind as EntityKind,
    nameEn: text(p.nameEn) ?? '',
    nameZh: text(p.nameZh) ?? '',
    summaryEn: text(p.summaryEn),
    summaryZh: text(p.summaryZh),
    aliases: texts(p.aliases),
    aliasesEn: Array.isArray(p.aliasesEn) ? texts(p.aliasesEn) : undefined,
    aliasesZh: Array.isArray(p.aliasesZh) ? texts(p.aliasesZh) : undefined,
    url: text(p.url),
    noteEn: text(p.noteEn),
    noteZh: text(p.noteZh),
    sources: parseSources(p.sourcesJson),
    properties: parseJson<Record<string, unknown>>(p.propertiesJson, {}),
    scope: text(p.scope),
    scopeNoteEn: text(p.scopeNoteEn),
    scopeNoteZh: text(p.scopeNoteZh),
    validFrom: text(p.validFrom),
    validTo: text(p.validTo),
    validityJson: text(p.validityJson),
  };
}

export function exportEdge(row: { type: string; from: string; to: string; properties: Props }): ExportEdge {
  const p = row.properties;
  return {
    id: text(p.id) ?? `${row.from}|${row.type}|${row.to}`,
    type: row.type,
    from: row.from,
    to: row.to,
    noteEn: text(p.noteEn),
    noteZh: text(p.noteZh),
    sources: parseSources(p.sourcesJson),
    properties: parseJson<Record<string, unknown>>(p.propertiesJson, {}),
    validFrom: text(p.validFrom),
    validTo: text(p.validTo),
    validityJson: text(p.validityJson),
  };
}

export async function fetchExportGraph(db: Db): Promise<ExportGraph> {
  return db.readTx(async (tx) => {
    const nodes = await records<{ properties: Props }>(tx, exportNodesQuery());
    const edges = await records<{ type: string; from: string; to: string; properties: Props }>(tx, exportEdgesQuery());
    const [meta] = await records<{ version: string | null; loadedAt: string | null }>(tx, exportMetaQuery());
    return {
      nodes: nodes.map((row) => exportNode(row.properties)),
      edges: edges.map(exportEdge),
      version: meta?.version ?? null,
      loadedAt: meta?.loadedAt ?? null,
    };
  });
}
