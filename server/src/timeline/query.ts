/**
 * Pure Cypher builder for the timeline: the dated entities among `$ids` (every entity when `$ids` is null) and the
 * dated relationships that touch them, each with both ends. Which days they change on is worked out in events.ts.
 */
import { DATED_LABEL, isDated } from '#domain';
import type { CypherQuery } from '../db/driver';
import { edgeProjection, entityProjection } from '../entity/model';

/** Most dated entities and relationships read; beyond this the answer is marked truncated. */
export const TIMELINE_READ_CAP = 5000;

const MISSING = `CALL () {
  UNWIND coalesce($ids, []) AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n WHERE n IS NULL
  RETURN collect(id) AS missing
}`;

function answer(entities: string, relationships: string): string {
  return `${MISSING}
CALL () {
  ${entities}
  WITH n ORDER BY n.id ASC LIMIT $cap
  RETURN collect(${entityProjection('n')}) AS entities
}
CALL () {
  ${relationships}
  WITH a, r, b ORDER BY r.id ASC LIMIT $cap
  RETURN collect({edge: ${edgeProjection('r')}, from: ${entityProjection('a')}, to: ${entityProjection('b')}}) AS relationships
}
RETURN missing, entities, relationships`;
}

/**
 * For given ids, each entity is found by its id and only its own relationships are read, so the cost is the ids'
 * degrees, not the graph's size (a scan took over 20 s at a million entities). The whole graph's timeline (ids null)
 * starts from the entities the loaders marked `Dated` (a date of their own, or a relationship with one): every dated
 * relationship has two such ends, so reading their relationships finds them all, and the cost is the dated part of
 * the graph.
 */
export function timelineQuery(ids: readonly string[] | null): CypherQuery {
  const start =
    ids === null
      ? `MATCH (n:${DATED_LABEL})`
      : `UNWIND $ids AS id
  MATCH (n:Entity {id: id})`;
  const cypher = answer(
    `${start} WHERE ${isDated('n')}
  WITH DISTINCT n`,
    `${start}-[r]-() WHERE ${isDated('r')}
  WITH DISTINCT r
  WITH startNode(r) AS a, r, endNode(r) AS b WHERE a:Entity AND b:Entity`,
  );
  return { cypher, params: { ids, cap: TIMELINE_READ_CAP } };
}
