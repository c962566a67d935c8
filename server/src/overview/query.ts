/** Pure Cypher builder for the start view: the most connected entities and the edges among them. */
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { edgeProjection, entityProjection } from '../entity/model';

/** Only entities and relationships valid on `asOf` (an ISO day) take part, degrees included. */
export function overviewQuery(limit: number, kinds: readonly string[] | null, asOf: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${validOnCypher('n')}
WITH n, COUNT { (n)-[x]-(y:Entity) WHERE ${validOnCypher('x')} AND ${validOnCypher('y')} } AS degree
ORDER BY degree DESC, n.id ASC
LIMIT $limit
WITH collect(n) AS picked, count(*) AS shown
CALL (picked) {
  UNWIND picked AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN picked AND ${validOnCypher('r')}
  RETURN collect(DISTINCT ${edgeProjection('r')}) AS edges
}
CALL () { MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${validOnCypher('n')} RETURN count(n) AS total }
RETURN [p IN picked | ${entityProjection('p')}] AS nodes, edges, total > shown AS truncated`,
    params: { limit, kinds, ...asOfParam(asOf) },
  };
}
