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
 * Hubs are walked from and to, never through: an intermediate entity has at most HUB_DEGREE_CAP relationships (its
 * stored degree, read in constant time). A breadth-first search through an entity with tens of thousands of
 * neighbours visits them all at every length, and a path "A - a hub - B" says little about how A and B relate.
 * `skippedHubsQuery` then says which hubs could have been on a path the answer would show (see `hubReach`).
 *
 * The pattern's length bound and group counts cannot be parameters in Cypher, so they are integer literals taken
 * from the closed range 1..8 checked here. Only relationships and intermediate entities valid on `asOf` are walked
 * (never user text); everything else is a parameter.
 */
import { hubParams, isHub, ordinary } from '../db/hubs';
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { edgeProjection, entityCoreProjection, entityProjection } from '../entity/model';

export const PATHS_MAX_LENGTH = { min: 1, max: 8 } as const;
export const PATHS_LIMIT = { min: 1, max: 20 } as const;
/**
 * Relationship types that say where a fact is written, not how two things relate: paths leave them out unless asked.
 */
export const BIBLIOGRAPHIC_RELATION_TYPES = ['CITES', 'PUBLISHED_BY'] as const;
/** Simple paths read from the search before ordering; ties beyond this many equally short paths are not ranked. */
export const PATH_CANDIDATES = 500;
/** The most skipped hubs an answer names. */
export const SKIPPED_HUBS_SHOWN = 5;

/** The relationship type, kind and date filters of one search; null filters let everything through. */
export interface PathFilters {
  readonly kinds?: readonly string[] | null;
  readonly types?: readonly string[] | null;
  readonly excludeTypes?: readonly string[] | null;
}

/** No filter chosen: what paths() searches by default (pathsAsk then leaves bibliographic links out first). */
export const NO_PATH_FILTERS = { types: null, excludeTypes: null, kinds: null } as const;

/** One paths search: its ends, bounds and day, the filters searched first and those searched when they find nothing. */
export interface PathsAsk {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  readonly limit: number;
  readonly asOf: string;
  /** The filters searched first. */
  readonly filters: PathFilters;
  /** The filters searched when the first found no path; null for none. */
  readonly fallback: PathFilters | null;
}

/**
 * The search paths() runs for the filters it was given. Unfiltered, a path search would be dominated by bibliography
 * ("A is cited by the report, which cites B"): without a type filter, bibliographic links are left out, and searched
 * only when nothing else joins the two ends.
 */
export function pathsAsk(
  ends: Pick<PathsAsk, 'from' | 'to' | 'maxLength' | 'limit' | 'asOf'>,
  filters: { types: readonly string[] | null; excludeTypes: readonly string[] | null; kinds: readonly string[] | null },
): PathsAsk {
  const { types, excludeTypes, kinds } = filters;
  if (types !== null || excludeTypes !== null) return { ...ends, filters, fallback: null };
  return {
    ...ends,
    filters: { types, excludeTypes: [...BIBLIOGRAPHIC_RELATION_TYPES], kinds },
    fallback: { types, excludeTypes: null, kinds },
  };
}

/** The relationship `r` may be walked: a type the filters allow, valid on `$asOf`. */
function relationAllowed(r: string): string {
  return `($types IS NULL OR type(${r}) IN $types) AND ($excludeTypes IS NULL OR NOT type(${r}) IN $excludeTypes) AND ${validOnCypher(r)}`;
}

/** The entity `y` may be walked through: a kind the filters allow, valid on `$asOf`. */
function entityAllowed(y: string): string {
  return `($kinds IS NULL OR ${y}.kind IN $kinds) AND ${validOnCypher(y)}`;
}

function filterParams(filters: PathFilters) {
  return {
    kinds: filters.kinds ?? null,
    types: filters.types ?? null,
    excludeTypes: filters.excludeTypes ?? null,
    ...hubParams,
  };
}

/**
 * How far from either end a skipped hub can matter, given the answer found without hubs: 0 when none can.
 * A path through hubs that the answer would list is at most `bound` long: `maxLength`, or, when the answer is full,
 * its longest path (a path as long may rank before it by node ids). Such a path's first hub seen from `from` and its
 * last seen from `to` cannot both be more than ⌊bound / 2⌋ steps from their ends, and the steps before them are
 * ordinary entities. So when no hub lies within that many steps of either end through ordinary entities, no path
 * through a hub was missed and the answer is exact.
 */
export function hubReach(lengths: readonly number[], limit: number, maxLength: number): number {
  const bound = lengths.length >= limit ? Math.max(...lengths) : maxLength;
  return Math.floor(bound / 2);
}

export function pathsQuery(
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  filters: PathFilters,
  asOf: string,
): CypherQuery {
  if (!Number.isInteger(maxLength) || maxLength < PATHS_MAX_LENGTH.min || maxLength > PATHS_MAX_LENGTH.max) {
    throw new RangeError(`maxLength must be between ${PATHS_MAX_LENGTH.min} and ${PATHS_MAX_LENGTH.max}`);
  }
  const bound = String(maxLength);
  // The far end is always reached, whatever its kind, dates or degree; every other entity must be allowed and ordinary.
  const hop = `(x:Entity)-[r]-(y:Entity) WHERE ${relationAllowed('r')} AND (y = b OR (${entityAllowed('y')} AND ${ordinary('y')}))`;
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
      ...filterParams(filters),
      candidates: PATH_CANDIDATES,
      ...asOfParam(asOf),
    },
  };
}

/**
 * Up to SKIPPED_HUBS_SHOWN hubs (other than the ends) within `reach` steps (1..4, a literal) of either end, walking
 * through ordinary entities only, under the same filters as the search: the hubs it may have skipped (see
 * `hubReach`), read as cores. The walk stops at the first SKIPPED_HUBS_SHOWN it meets (in storage order, not the
 * nearest), which are listed by id: whether any hub is named never depends on that order.
 */
export function skippedHubsQuery(
  from: string,
  to: string,
  reach: number,
  filters: PathFilters,
  asOf: string,
): CypherQuery {
  if (!Number.isInteger(reach) || reach < 1 || reach > Math.floor(PATHS_MAX_LENGTH.max / 2)) {
    throw new RangeError(`reach must be between 1 and ${String(Math.floor(PATHS_MAX_LENGTH.max / 2))}`);
  }
  // A quantifier cannot be {0,0}: a reach of 1 is the hub next to an end.
  const before =
    reach === 1
      ? ''
      : `((x:Entity)-[r]-(y:Entity) WHERE ${relationAllowed('r')} AND ${entityAllowed('y')} AND ${ordinary('y')}){0,${String(reach - 1)}}(m:Entity)`;
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  UNWIND [a, b] AS end
  MATCH (end)${before}-[s]-(h:Entity)
  WHERE h <> a AND h <> b AND ${relationAllowed('s')} AND ${entityAllowed('h')} AND ${isHub('h')}
  RETURN DISTINCT h LIMIT $shown
}
WITH h ORDER BY h.id
RETURN collect(${entityCoreProjection('h')}) AS hubs`,
    params: { from, to, shown: SKIPPED_HUBS_SHOWN, ...filterParams(filters), ...asOfParam(asOf) },
  };
}
