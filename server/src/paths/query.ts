/**
 * Pure Cypher builder for the shortest paths between two entities, ignoring direction.
 * Neo4j's `SHORTEST k GROUPS` search (a breadth-first search, not an enumeration of all walks) yields paths by
 * increasing length. Walks that revisit a node are dropped, the first $candidates are kept, and those are ordered by
 * length, then the sequence of node ids, before the limit: the same graph always gives the same answer.
 *
 * The search widens one length group at a time: first the shortest paths (1 group); only when they are fewer than
 * `limit` the two shortest lengths, and so on up to `maxLength` groups, stopping as soon as enough paths are found
 * or a wider search finds no new length. Each step's answer contains the previous one's, so this gives exactly the
 * answer of searching all `maxLength` groups at once, but between well-connected entities that search lists every
 * path of up to `maxLength` steps (millions of walks around hubs), where the first groups hold enough.
 *
 * The pattern's length bound and group counts cannot be parameters in Cypher, so they are integer literals taken
 * from the closed range 1..8 checked here. Only relationships and intermediate entities valid on `asOf` are walked
 * (never user text); everything else is a parameter.
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
  const hop = `(x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ($kinds IS NULL OR y = b OR y.kind IN $kinds) AND ${validOnCypher('r')} AND (y = b OR ${validOnCypher('y')})`;
  /** The search of the first `groups` lengths: its simple paths (at most $candidates) and the longest length seen. */
  const search = (
    groups: number,
    found: string,
    reach: string,
  ) => `MATCH p = SHORTEST ${String(groups)} GROUPS (a)(${hop}){1,${bound}}(b)
  WITH p, length(p) AS len
  WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
  RETURN simple[0..$candidates] AS ${found}, coalesce(longest, 0) AS ${reach}`;
  const steps = Array.from({ length: maxLength }, (_, i) => i + 1).map((groups) =>
    groups === 1
      ? `CALL (a, b) {
  ${search(1, 'found', 'reach')}
}
WITH a, b, found, reach, true AS widened`
      : `CALL (a, b, found, reach, widened) {
  WITH found, reach WHERE NOT widened OR size(found) >= $limit
  RETURN found AS wider, reach AS widerReach
  UNION
  WITH a, b WHERE widened AND size(found) < $limit
  ${search(groups, 'wider', 'widerReach')}
}
WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened`,
  );
  return {
    cypher: `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
${steps.join('\n')}
CALL (found) {
  UNWIND found AS p
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
