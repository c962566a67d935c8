/**
 * Pure Cypher builders for coverage: which instruments (REGIME, TREATY, CONTROL_MEASURE) cover a technology, how strong
 * each claim is (its basis), the path that explains it, and who applies each instrument (see ./README.md for the rule).
 * Labels and relationship types come from the vocabulary; everything else is a parameter.
 */
import type { CypherQuery } from '../db/driver';
import { label, labels, relTypes } from '../db/vocabulary';
import { edgeProjection, entityProjection } from '../entity/model';

/** How many broader-technology steps (EXAMPLE_OF / SUBTYPE_OF) the rule follows. */
export const MAX_BROADER_STEPS = 4;
/** Most actors listed per instrument (shortest paths first). */
export const MAX_ACTORS = 25;

/** The bases, strongest first; the order is the rank the query sorts by. */
export const COVERAGE_BASES = ['NAMED', 'CATEGORY', 'GENERAL'] as const;
export type CoverageBasis = (typeof COVERAGE_BASES)[number];

/** A control measure whose data marks it as general in scope (control lists, licensing …). */
const GENERAL_SCOPE = 'GENERAL';

export function coverageQuery(technologyId: string): CypherQuery {
  const tech = label('TECHNOLOGY');
  const broader = `(t)((${tech})-[${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(${tech})){0,${MAX_BROADER_STEPS}}(${tech})`;
  const measure = label('CONTROL_MEASURE');
  const actorKinds = labels('JURISDICTION', 'REGIME', 'TREATY', 'AGENCY', 'ORGANIZATION');
  const instruments = labels('REGIME', 'TREATY');
  return {
    cypher: `OPTIONAL MATCH (t:Entity {id: $id})
CALL (t) {
  WITH t WHERE t.kind = $technologyKind
  CALL (t) {
    MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(i${labels('REGIME', 'TREATY', 'CONTROL_MEASURE')})
    RETURN p, i, CASE WHEN length(p) = 1 THEN 'DIRECT' ELSE 'BROADER_TECHNOLOGY' END AS via
    UNION ALL
    MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(${measure})<-[${relTypes('EMPLOYS')}]-(i${instruments})
    RETURN p, i, 'EMPLOYED_MEASURE' AS via
  }
  // A claim is GENERAL when it rests on a measure of general scope; otherwise NAMED when no broader-technology step
  // is needed, CATEGORY when one is.
  WITH i, p, via,
    CASE
      WHEN any(n IN nodes(p) WHERE n.kind = $measureKind AND n.scope = $generalScope) THEN 2
      WHEN none(r IN relationships(p) WHERE type(r) IN $broaderTypes) THEN 0
      ELSE 1
    END AS rank
  WITH i, p, via, rank ORDER BY rank ASC, length(p) ASC, [n IN nodes(p) | n.id] ASC, via ASC
  WITH i, collect({p: p, via: via, rank: rank})[0] AS best
  CALL (i) {
    CALL (i) {
      MATCH q = (x${actorKinds})-[r${relTypes('EMPLOYS', 'ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(i)
      RETURN x, type(r) AS role, q
      UNION
      MATCH q = (i)-[r${relTypes('ADOPTED_BY')}]->(x${actorKinds})
      RETURN x, type(r) AS role, q
      UNION
      MATCH q = (x${actorKinds})-[r${relTypes('ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(${instruments})-[${relTypes('EMPLOYS')}]->(i)
      RETURN x, type(r) AS role, q
    }
    WITH x, role, q ORDER BY length(q) ASC, x.id ASC, role ASC
    WITH x, collect({role: role, q: q})[0] AS first
    ORDER BY length(first.q) ASC, x.id ASC
    LIMIT $maxActors
    RETURN collect({
      entity: ${entityProjection('x')},
      role: first.role,
      path: {
        nodes: [n IN nodes(first.q) | ${entityProjection('n')}],
        edges: [e IN relationships(first.q) | ${edgeProjection('e')}],
        length: length(first.q)
      }
    }) AS appliedBy
  }
  ORDER BY best.rank ASC, length(best.p) ASC, i.id ASC
  RETURN collect({
    instrument: ${entityProjection('i')},
    via: best.via,
    basis: $bases[best.rank],
    appliedBy: appliedBy,
    path: {
      nodes: [n IN nodes(best.p) | ${entityProjection('n')}],
      edges: [e IN relationships(best.p) | ${edgeProjection('e')}],
      length: length(best.p)
    }
  }) AS coverage
}
RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage`,
    params: {
      id: technologyId,
      technologyKind: 'TECHNOLOGY',
      measureKind: 'CONTROL_MEASURE',
      generalScope: GENERAL_SCOPE,
      broaderTypes: ['EXAMPLE_OF', 'SUBTYPE_OF'],
      bases: [...COVERAGE_BASES],
      maxActors: MAX_ACTORS,
    },
  };
}
