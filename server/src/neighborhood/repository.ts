/** Runs the neighbourhood query against Neo4j. */
import type { Db } from '../db/driver';
import type { EdgeRecord, EntityRecord } from '../entity/model';
import { neighborhoodQuery } from './query';

export interface NeighborhoodRow {
  readonly nodes: EntityRecord[];
  readonly edges: EdgeRecord[];
  readonly truncated: boolean;
  /** A hub above the degree cap was expanded only in part. */
  readonly sampled: boolean;
}

/** Null when no entity has the id. */
export async function fetchNeighborhood(
  db: Db,
  id: string,
  depth: number,
  kinds: readonly string[] | null,
  types: readonly string[] | null,
  limit: number,
  asOf: string,
): Promise<NeighborhoodRow | null> {
  const [row] = await db.read<NeighborhoodRow>(neighborhoodQuery(id, depth, kinds, types, limit, asOf));
  return row ?? null;
}
