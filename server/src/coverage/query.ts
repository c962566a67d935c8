/**
 * Pure Cypher builder for coverage: which instruments (REGIME, TREATY, CONTROL_MEASURE) cover a technology, and the
 * shortest path explaining why (see ./README.md for the rule). Labels and relationship types come from the vocabulary.
 */
import type { CypherQuery } from '../db/driver';
import { label, labels, relTypes } from '../db/vocabulary';
import { edgeProjection, entityProjection } from '../entity/model';

/** How many broader-technology steps (EXAMPLE_OF / SUBTYPE_OF) the rule follows. */
export const MAX_BROADER_STEPS = 4;

export function coverageQuery(technologyId: string): CypherQuery {
  const tech = label('TECHNOLOGY');
  const broader = `(t)((${tech})-[${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(${tech})){0,${MAX_BROADER_STEPS}}(${tech})`;
  return {
    cypher: `OPTIONAL MATCH (t:Entity {id: $id})
CALL (t) {
  WITH t WHERE t.kind = $technologyKind
  CALL (t) {
    MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(i${labels('REGIME', 'TREATY', 'CONTROL_MEASURE')})
    RETURN p, i, CASE WHEN length(p) = 1 THEN 'DIRECT' ELSE 'BROADER_TECHNOLOGY' END AS via
    UNION ALL
    MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(${label('CONTROL_MEASURE')})<-[${relTypes('EMPLOYS')}]-(i${labels('REGIME', 'TREATY')})
    RETURN p, i, 'EMPLOYED_MEASURE' AS via
  }
  WITH i, p, via ORDER BY length(p) ASC, [n IN nodes(p) | n.id] ASC, via ASC
  WITH i, collect({p: p, via: via})[0] AS best
  ORDER BY length(best.p) ASC, i.id ASC
  RETURN collect({
    instrument: ${entityProjection('i')},
    via: best.via,
    path: {
      nodes: [n IN nodes(best.p) | ${entityProjection('n')}],
      edges: [e IN relationships(best.p) | ${edgeProjection('e')}],
      length: length(best.p)
    }
  }) AS coverage
}
RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage`,
    params: { id: technologyId, technologyKind: 'TECHNOLOGY' },
  };
}
