/** Pure Cypher builder for the start view: the most connected entities and the edges among them. */
import type { CypherQuery } from '../db/driver';
import { edgeProjection, entityProjection } from '../entity/model';

export function overviewQuery(limit: number, kinds: readonly string[] | null): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id ASC
LIMIT $limit
WITH collect(n) AS picked, count(*) AS shown
CALL (picked) {
  UNWIND picked AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN picked
  RETURN collect(DISTINCT ${edgeProjection('r')}) AS edges
}
CALL () { MATCH (n:Entity) WHERE $kinds IS NULL OR n.kind IN $kinds RETURN count(n) AS total }
RETURN [p IN picked | ${entityProjection('p')}] AS nodes, edges, total > shown AS truncated`,
    params: { limit, kinds },
  };
}
