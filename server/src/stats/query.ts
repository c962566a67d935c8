/** Pure Cypher builders for graph statistics. */
import type { CypherQuery } from '../db/driver';

export function graphStatsQuery(): CypherQuery {
  return {
    cypher: `CALL () { MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count ORDER BY kind }
WITH collect({kind: kind, count: count}) AS byKind
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
OPTIONAL MATCH (m:SeedMeta {key: 'seed'})
RETURN byKind, relationships, m.version AS seedVersion, toString(m.loadedAt) AS loadedAt`,
    params: {},
  };
}
