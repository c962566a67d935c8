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

/** Entities by id, one row per id in the order given (`entity` null where no entity has the id). */
export function entitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND range(0, size($ids) - 1) AS position
OPTIONAL MATCH (n:Entity {id: $ids[position]})
RETURN position, CASE WHEN n IS NULL THEN null ELSE ${entityProjection('n')} END AS entity
ORDER BY position`,
    params: { ids: [...ids] },
  };
}

/** One page of an entity's relationships: at most `limit`, after skipping `offset`, in the order of `relationsQuery`. */
export interface RelationsPage {
  readonly limit: number;
  readonly offset: number;
}

/** `Entity.relations` when no limit is given: above the largest degree of the seed (41), so its answers are whole. */
export const RELATIONS_LIMIT = { min: 1, max: 500, default: 100 } as const;

/**
 * The relationships of an entity bound to `n`, with the entity at the other end (`m`) and `direction` seen from `n`;
 * optionally only some types (vocabulary names, validated by the caller) and one direction. A self-loop reads OUT.
 */
const MATCH_RELATIONS = `MATCH (n:Entity {id: entityId})-[r]-(m:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH r, m, CASE WHEN startNode(r) = m AND endNode(r) <> m THEN 'IN' ELSE 'OUT' END AS direction
  WHERE $direction IS NULL OR direction = $direction`;

/**
 * One page of the relationships of each of one or more entities, each row with the entity it belongs to
 * (`entityId`) and the entity at the other end. Ordered by entity, type, direction (OUT first), other id,
 * relationship id; the page is cut per entity, so one hub cannot crowd out the others or blow up the answer. One
 * query serves every entity of a GraphQL level, so a list of entities asking for their relations costs one round
 * trip, not one per entity.
 */
export function relationsQuery(
  ids: string | readonly string[],
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
  page: RelationsPage = { limit: RELATIONS_LIMIT.default, offset: 0 },
): CypherQuery {
  return {
    cypher: `UNWIND $ids AS entityId
CALL (entityId) {
  ${MATCH_RELATIONS}
  RETURN r, m, direction
  ORDER BY type(r) ASC, direction DESC, m.id ASC, r.id ASC
  SKIP $offset LIMIT $limit
}
RETURN entityId, r.id AS id, type(r) AS type, direction, ${entityProjection('m')} AS other, r.noteEn AS noteEn, r.noteZh AS noteZh, r.sourcesJson AS sourcesJson, r.validFrom AS validFrom, r.validTo AS validTo, r.validityJson AS validityJson
ORDER BY entityId ASC, type ASC, direction DESC, m.id ASC, id ASC`,
    params: {
      ids: typeof ids === 'string' ? [ids] : [...ids],
      types,
      direction,
      limit: page.limit,
      offset: page.offset,
    },
  };
}

/** How many relationships `relationsQuery` lists for each entity with the same filter, over all pages. */
export function relationCountsQuery(
  ids: readonly string[],
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
): CypherQuery {
  return {
    cypher: `UNWIND $ids AS entityId
CALL (entityId) {
  ${MATCH_RELATIONS}
  RETURN count(r) AS count
}
RETURN entityId, count`,
    params: { ids: [...ids], types, direction },
  };
}
