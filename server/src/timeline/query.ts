/**
 * Pure Cypher builder for the timeline: the dated entities among `$ids` (every entity when `$ids` is null) and the
 * dated relationships that touch them, each with both ends. Which days they change on is worked out in events.ts.
 */
import type { CypherQuery } from '../db/driver';
import { edgeProjection, entityProjection } from '../entity/model';

/** Most dated entities and relationships read; beyond this the answer is marked truncated. */
export const TIMELINE_READ_CAP = 5000;

export function timelineQuery(ids: readonly string[] | null): CypherQuery {
  return {
    cypher: `CALL () {
  UNWIND coalesce($ids, []) AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n WHERE n IS NULL
  RETURN collect(id) AS missing
}
CALL () {
  MATCH (n:Entity)
  WHERE ($ids IS NULL OR n.id IN $ids) AND (n.validFromDay IS NOT NULL OR n.validToDay IS NOT NULL)
  WITH n ORDER BY n.id ASC LIMIT $cap
  RETURN collect(${entityProjection('n')}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($ids IS NULL OR a.id IN $ids OR b.id IN $ids) AND (r.validFromDay IS NOT NULL OR r.validToDay IS NOT NULL)
  WITH a, r, b ORDER BY r.id ASC LIMIT $cap
  RETURN collect({edge: ${edgeProjection('r')}, from: ${entityProjection('a')}, to: ${entityProjection('b')}}) AS relationships
}
RETURN missing, entities, relationships`,
    params: { ids, cap: TIMELINE_READ_CAP },
  };
}
