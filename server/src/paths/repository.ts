/** Runs a paths search against Neo4j: the paths, their fallback, and the hubs the search skipped, in one snapshot. */
import { records, type Db, type RunQuery } from '../db/driver';
import type { EdgeRecord, EntityCoreRecord, EntityRef } from '../entity/model';
import { hubReach, pathsQuery, skippedHubsQuery, type PathFilters, type PathsAsk } from './query';

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
  /** Hubs the search did not walk through that a listed path could have run through (see `hubReach`). */
  readonly skippedHubs: EntityCoreRecord[];
}

/** The search of `ask` through `run`, one query after another (the caller holds the transaction). */
export async function readPaths(run: RunQuery, ask: PathsAsk): Promise<PathsResult> {
  const search = async (filters: PathFilters) => {
    const [row] = await run<{ fromExists: boolean; toExists: boolean; paths: PathRecord[] }>(
      pathsQuery(ask.from, ask.to, ask.maxLength, ask.limit, filters, ask.asOf),
    );
    return { fromExists: row?.fromExists ?? false, toExists: row?.toExists ?? false, paths: row?.paths ?? [] };
  };
  let filters = ask.filters;
  let found = await search(filters);
  if (!found.fromExists || !found.toExists) return { ...found, skippedHubs: [] };
  if (found.paths.length === 0 && ask.fallback) {
    filters = ask.fallback;
    found = await search(filters);
  }
  const reach = hubReach(
    found.paths.map((path) => path.length),
    ask.limit,
    ask.maxLength,
  );
  if (reach === 0) return { ...found, skippedHubs: [] };
  const [row] = await run<{ hubs: EntityCoreRecord[] }>(skippedHubsQuery(ask.from, ask.to, reach, filters, ask.asOf));
  return { ...found, skippedHubs: row?.hubs ?? [] };
}

export function findPaths(db: Db, ask: PathsAsk): Promise<PathsResult> {
  return db.readTx((tx) => readPaths((query) => records(tx, query), ask));
}

/** What paths() answers, before its computed fields. */
export type PathsAnswerRecord = Pick<PathsResult, 'paths' | 'skippedHubs'>;
