/** Reads graph statistics from Neo4j. */
import type { Db } from '../db/driver';
import { graphStatsQuery } from './query';

export interface GraphStatsRow {
  readonly nodes: number;
  readonly relationships: number;
  readonly byKind: { kind: string; count: number }[];
  readonly seedVersion: string | null;
  readonly loadedAt: string | null;
}

export async function fetchGraphStats(db: Db): Promise<GraphStatsRow> {
  const [row] = await db.read<{
    byKind: { kind: string; count: number }[];
    relationships: number;
    seedVersion: string | null;
    loadedAt: string | null;
  }>(graphStatsQuery());
  const byKind = row?.byKind ?? [];
  return {
    nodes: byKind.reduce((sum, k) => sum + k.count, 0),
    relationships: row?.relationships ?? 0,
    byKind,
    seedVersion: row?.seedVersion ?? null,
    loadedAt: row?.loadedAt ?? null,
  };
}
