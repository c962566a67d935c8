/** Runs the timeline query against Neo4j. */
import type { Db } from '../db/driver';
import type { EntityRecord } from '../entity/model';
import type { DatedRelationship } from './events';
import { TIMELINE_READ_CAP, timelineQuery } from './query';

export interface TimelineData {
  readonly missing: string[];
  readonly entities: EntityRecord[];
  readonly relationships: DatedRelationship[];
  /** True when the read stopped at its cap, so some changes may be missing. */
  readonly capped: boolean;
}

export async function fetchTimeline(db: Db, ids: readonly string[] | null): Promise<TimelineData> {
  const [row] = await db.read<{ missing: string[]; entities: EntityRecord[]; relationships: DatedRelationship[] }>(
    timelineQuery(ids),
  );
  const entities = row?.entities ?? [];
  const relationships = row?.relationships ?? [];
  return {
    missing: row?.missing ?? [],
    entities,
    relationships,
    capped: entities.length >= TIMELINE_READ_CAP || relationships.length >= TIMELINE_READ_CAP,
  };
}
