/**
 * Pure Cypher builder for a briefing: the selected entities, the relationships among them, and for each the
 * relationships to entities outside the selection, at most `perEntity`: substantive ones before CITES (that a
 * document cites something says where, not what, and every fact is footnoted anyway), then the best-connected other
 * end first, then type, other id and relationship id, so the choice is deterministic. Also the ids that match nothing, the
 * report's names and the seed's version and load time. Only relationships (and other ends) valid on `asOf` are read;
 * the selected entities always are, so that a briefing can say one does not hold that day.
 */
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { edgeProjection, entityProjection } from '../entity/model';
import { REPORT_DOCUMENT_ID } from '#domain';

export const BRIEFING_MAX_IDS = 200;
export const BRIEFING_MAX_TITLE = 200;
export const BRIEFING_RELATIONS_PER_ENTITY = { min: 0, max: 50 } as const;

/** `ids` must be distinct (the resolver deduplicates them). */
export function briefingQuery(ids: readonly string[], perEntity: number, asOf: string): CypherQuery {
  return {
    cypher: `CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n WHERE n IS NULL
  RETURN collect(id) AS missing
}
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN collect(${entityProjection('n')}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN $ids AND b.id IN $ids AND ${validOnCypher('r')}
  WITH r ORDER BY r.id ASC
  RETURN collect(${edgeProjection('r')}) AS internal
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})-[r]-(m:Entity)
  WHERE NOT m.id IN $ids AND ${validOnCypher('r')} AND ${validOnCypher('m')}
  WITH id, r, m, COUNT { (m)-[x]-(y:Entity) WHERE ${validOnCypher('x')} AND ${validOnCypher('y')} } AS degree, CASE type(r) WHEN 'CITES' THEN 1 ELSE 0 END AS citation
  ORDER BY id ASC, citation ASC, degree DESC, type(r) ASC, m.id ASC, r.id ASC
  WITH id, collect({edge: ${edgeProjection('r')}, other: ${entityProjection('m')}})[0..$perEntity] AS picked
  UNWIND picked AS p
  RETURN collect(p) AS external
}
OPTIONAL MATCH (report:Entity {id: $reportId})
OPTIONAL MATCH (meta:SeedMeta {key: 'seed'})
RETURN missing, entities, internal, external,
  report.nameEn AS reportEn, report.nameZh AS reportZh,
  meta.version AS seedVersion, toString(meta.loadedAt) AS loadedAt`,
    params: { ids, perEntity, reportId: REPORT_DOCUMENT_ID, ...asOfParam(asOf) },
  };
}
