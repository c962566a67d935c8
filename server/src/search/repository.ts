/** Runs search against Neo4j. */
import type { Db } from '../db/driver';
import type { EntityRecord } from '../entity/model';
import { searchQuery } from './query';

export interface SearchHit {
  readonly entity: EntityRecord;
  /** 0 exact, 1 prefix, 2 substring, 3 full-text. */
  readonly rank: number;
  readonly score: number;
}

export async function searchEntities(
  db: Db,
  text: string,
  kinds: readonly string[] | null,
  limit: number,
): Promise<SearchHit[]> {
  return db.read<{ entity: EntityRecord; rank: number; score: number }>(searchQuery(text, kinds, limit));
}
