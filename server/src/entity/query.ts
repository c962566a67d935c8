/** Pure Cypher builders for one entity and for an entity's relationships. */
import type { CypherQuery } from '../db/driver';
import { entityProjection } from './model';

export function entityQuery(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
RETURN ${entityProjection('n')} AS entity`,
    params: { id },
  };
}

/**
 * An entity's relationships with the entity at the other end, optionally only some types (vocabulary names,
 * validated by the caller) and one direction; ordered by type, direction (OUT first), other id, relationship id.
 */
export function relationsQuery(
  id: string,
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH r, m, CASE WHEN startNode(r) = m AND endNode(r) <> m THEN 'IN' ELSE 'OUT' END AS direction
WHERE $direction IS NULL OR direction = $direction
RETURN r.id AS id, type(r) AS type, direction, ${entityProjection('m')} AS other, r.noteEn AS noteEn, r.noteZh AS noteZh, r.sourcesJson AS sourcesJson
ORDER BY type ASC, direction DESC, m.id ASC, id ASC`,
    params: { id, types, direction },
  };
}
