/** Pure Cypher builders for the whole-graph export: every entity, every relationship between entities, the seed meta. */
import type { CypherQuery } from '../db/driver';

/** Every :Entity with all its stored properties, ordered by id. */
export function exportNodesQuery(): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
RETURN n {.*} AS properties
ORDER BY n.id ASC`,
    params: {},
  };
}

/** Every relationship between two entities with its type, ends and stored properties, ordered by id. */
export function exportEdgesQuery(): CypherQuery {
  return {
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, r {.*} AS properties
ORDER BY r.id ASC, type ASC, from ASC, to ASC`,
    params: {},
  };
}

export function exportMetaQuery(): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (m:SeedMeta {key: 'seed'})
RETURN m.version AS version, toString(m.loadedAt) AS loadedAt`,
    params: {},
  };
}
