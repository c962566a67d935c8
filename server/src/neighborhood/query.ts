/**
 * Pure Cypher builder for an entity's neighbourhood: a breadth-first walk over distinct nodes (never an enumeration
 * of paths, so hubs cost their degree, not the product of degrees), ignoring direction, through allowed relationship
 * types and kinds only. Each frontier node contributes at most `limit` new neighbours (its best-connected ones): no
 * more could be shown anyway, so this per-hub cap never changes the answer, only bounds the work.
 * Only relationships and entities valid on `asOf` are walked (the root is always returned).
 * Nodes are ordered by distance, then degree (desc), then id; the root is always first. Edges: those among the
 * returned nodes, of allowed types, ordered by id.
 *
 * Hubs cannot blow up the work, whatever the graph's size:
 * - a frontier node with more relationships than HUB_DEGREE_CAP (its stored degree, read in constant time) is
 *   expanded only to its first `limit` + 2 matching neighbours in storage order, so that it costs what it can show;
 *   the answer says `sampled` when it had more than `limit` + 1 (then some of its neighbours are missing, and the ones
 *   shown are not its best-connected);
 * - a neighbour's degree, which orders the answer, is counted up to ORDER_DEGREE_CAP: neighbours above it tie and are
 *   ordered by id.
 * Below both caps (every entity of the report's seed: the most connected has 41 relationships), the answer is exact.
 */
import { hubParams, isHub } from '../db/hubs';
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { edgeProjection, entityProjection } from '../entity/model';

export const NEIGHBORHOOD_DEPTH = { min: 1, max: 3 } as const;
export const NEIGHBORHOOD_LIMIT = { min: 1, max: 1000 } as const;
/** The most a neighbour's degree is counted to when ordering an answer; more than twice the seed's highest. */
export const ORDER_DEGREE_CAP = 100;

/** One breadth-first layer; `distance` is a literal from the closed set 1..3 (never user text). */
function layer(distance: number): string {
  const neighbours = `MATCH (f)-[r]-(m:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN seen
        AND ${validOnCypher('r')} AND ${validOnCypher('m')}`;
  return `CALL (seen, frontier) {
  UNWIND CASE WHEN size(seen) > $limit THEN [] ELSE frontier END AS f
  CALL (f, seen) {
    WITH f, seen, ${isHub('f')} AS hub
    CALL (f, seen, hub) {
      WITH f, seen WHERE NOT hub
      ${neighbours}
      RETURN DISTINCT m
      UNION
      WITH f, seen WHERE hub
      ${neighbours}
      WITH DISTINCT m LIMIT $sampleSize
      RETURN m
    }
    CALL (m) {
      MATCH (m)-[x]-(y:Entity) WHERE ($types IS NULL OR type(x) IN $types) AND ${validOnCypher('x')} AND ${validOnCypher('y')}
      WITH x LIMIT $orderDegreeCap
      RETURN count(x) AS degree
    }
    WITH hub, m, degree ORDER BY degree DESC, m.id ASC
    WITH hub, collect({node: m, degree: degree}) AS found
    RETURN found[0..$limit] AS kept, size(found) > $limit AS hubCut, hub AND size(found) > $limit + 1 AS hubSampled
  }
  WITH collect(kept) AS keptLists, any(c IN collect(hubCut) WHERE c) AS layerCut,
    any(c IN collect(hubSampled) WHERE c) AS layerSampled
  CALL (keptLists) {
    UNWIND keptLists AS kept
    UNWIND kept AS k
    WITH DISTINCT k
    RETURN collect(k) AS found
  }
  RETURN found, layerCut, layerSampled
}
WITH root, seen + [k IN found | k.node] AS seen, [k IN found | k.node] AS frontier,
  picked + [k IN found | {node: k.node, degree: k.degree, distance: ${distance}}] AS picked, cut OR layerCut AS cut,
  sampled OR layerSampled AS sampled`;
}

export function neighborhoodQuery(
  id: string,
  depth: number,
  kinds: readonly string[] | null,
  types: readonly string[] | null,
  limit: number,
  asOf: string,
): CypherQuery {
  if (!Number.isInteger(depth) || depth < NEIGHBORHOOD_DEPTH.min || depth > NEIGHBORHOOD_DEPTH.max) {
    throw new RangeError(`depth must be between ${NEIGHBORHOOD_DEPTH.min} and ${NEIGHBORHOOD_DEPTH.max}`);
  }
  const layers = Array.from({ length: depth }, (_, i) => layer(i + 1)).join('\n');
  return {
    cypher: `MATCH (root:Entity {id: $id})
WITH root, [root] AS seen, [root] AS frontier, [] AS picked, false AS cut, false AS sampled
${layers}
CALL (picked) {
  UNWIND picked AS p
  WITH p ORDER BY p.distance ASC, p.degree DESC, p.node.id ASC
  RETURN collect(p.node) AS ordered
}
WITH [root] + ordered[0..$limit - 1] AS nodes, cut OR size(ordered) > $limit - 1 AS truncated, sampled
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND ${validOnCypher('r')}
  WITH r ORDER BY r.id ASC
  RETURN collect(${edgeProjection('r')}) AS edges
}
RETURN [n IN nodes | ${entityProjection('n')}] AS nodes, edges, truncated, sampled`,
    params: {
      id,
      kinds,
      types,
      limit,
      ...hubParams,
      sampleSize: limit + 2,
      orderDegreeCap: ORDER_DEGREE_CAP,
      ...asOfParam(asOf),
    },
  };
}
