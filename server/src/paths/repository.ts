/** Runs the paths query against Neo4j. */
import type { Db } from '../db/driver';
import type { EdgeRecord, EntityRef } from '../entity/model';
import { pathsQuery } from './query';

export interface PathRecord {
  /** Whole entities from the paths query; cores in coverage chains (see entity/model.ts). */
  readonly nodes: EntityRef[];
  readonly edges: EdgeRecord[];
  readonly length: number;
}

export interface PathsResult {
  readonly fromExists: boolean;
  readonly toExists: boolean;
  readonly paths: PathRecord[];
}

export async function findPaths(
  db: Db,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  filters: {
    kinds: readonly string[] | null;
    types: readonly string[] | null;
    excludeTypes: readonly string[] | null;
  },
  asOf: string,
): Promise<PathsResult> {
  const [row] = await db.read<{ fromExists: boolean; toExists: boolean; paths: PathRecord[] }>(
    pathsQuery(from, to, maxLength, limit, filters, asOf),
  );
  return { fromExists: row?.fromExists ?? false, toExists: row?.toExists ?? false, paths: row?.paths ?? [] };
}
