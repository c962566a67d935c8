/**
 * Pure Cypher builder for the shortest paths between two entities, ignoring direction.
 * Neo4j's `SHORTEST k GROUPS` search (a breadth-first search, not an enumeration of all walks) yields paths by
 * increasing length; walks that revisit a node are dropped, the first $candidates are kept, and those are ordered by
 * length, then the sequence of node ids, before the limit: the same graph always gives the same answer.
 * The pattern's length bound and group count cannot be parameters in Cypher, so they are integer literals taken from
 * the closed range 1..8 checked here. Only relationships and intermediate entities valid on `asOf` are walked (never user text); everything else is a parameter.
 */
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { edgeProjection, entityProjection } from '../entity/model';

export const PATHS_MAX_LENGTH = { min: 1, max: 8 } as const;
export const PATHS_LIMIT = { min: 1, max: 20 } as const;
/**
 * Relationship types that say where a fact is written, not how two things relate: paths leave them out unless asked.
 */
export const BIBLIOGRAPHIC_RELATION_TYPES = ['CITES', 'PUBLISHED_BY'] as const;
/** Simple paths read from the search before ordering; ties beyond this many equally short paths are not ranked. */
export const PATH_CANDIDATES = 500;

export function pathsQuery(
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  filters: {
    kinds?: readonly string[] | null;
    types?: readonly string[] | null;
    excludeTypes?: readonly string[] | null;
  },
  asOf: string,
): CypherQuery {
  if (!Number.isInteger(maxLength) || maxLength < PATHS_MAX_LENGTH.min || maxLength > PATHS_MAX_LENGTH.max) {
    throw new RangeError(`maxLength must be between ${PATHS_MAX_LENGTH.min} and ${PATHS_MAX_LENGTH.max}`);
  }
  const bound = String(maxLength);
  return {
    cypher: `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST ${bound} GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ($kinds IS NULL OR y = b OR y.kind IN $kinds) AND ${validOnCypher('r')} AND (y = b OR ${validOnCypher('y')})){1,${bound}}(b)
  WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH p LIMIT $candidates
  WITH p ORDER BY length(p) ASC, [n IN nodes(p) | n.id] ASC
  LIMIT $limit
  RETURN collect({nodes: [n IN nodes(p) | ${entityProjection('n')}], edges: [e IN relationships(p) | ${edgeProjection('e')}], length: length(p)}) AS paths
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths`,
    params: {
      from,
      to,
      limit,
      kinds: filters.kinds ?? null,
      types: filters.types ?? null,
      excludeTypes: filters.excludeTypes ?? null,
      candidates: PATH_CANDIDATES,
      ...asOfParam(asOf),
    },
  };
}
