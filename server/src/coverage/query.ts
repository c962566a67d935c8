/**
 * Pure Cypher builders for coverage: which instruments (REGIME, TREATY, CONTROL_MEASURE) cover a technology, how strong
 * each claim is (its basis), the path that explains it, and who applies each instrument (see ./README.md for the rule).
 * Labels and relationship types come from the vocabulary; everything else is a parameter. Only chains whose every
 * entity and relationship is valid on `$asOf` count, so an answer is as of a day (server/src/db/validity.ts).
 * The rule is written once (`coverageClaims`); `coverage` and the coverage matrix both call it.
 */
import type { CypherQuery } from '../db/driver';
import { asOfParam, pathValidCypher } from '../db/validity';
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

/** The technology-to-technology steps of the rule: `t` and up to MAX_BROADER_STEPS broader technologies. */
function broaderChain(): string {
  const tech = label('TECHNOLOGY');
  return `(t)((${tech})-[${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(${tech})){0,${MAX_BROADER_STEPS}}(${tech})`;
}

/**
 * The coverage rule for a bound technology `t`: one row per covering instrument `i`, with `best`, the strongest and
 * then shortest explaining chain `{p, via, rank}` (rank indexes COVERAGE_BASES). Needs $measureKind, $generalScope,
 * $broaderTypes and $asOf.
 */
export function coverageClaims(): string {
  const broader = broaderChain();
  const measure = label('CONTROL_MEASURE');
  const instruments = labels('REGIME', 'TREATY');
  return `CALL (t) {
    CALL (t) {
      MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(i${labels('REGIME', 'TREATY', 'CONTROL_MEASURE')})
      WHERE ${pathValidCypher('p')}
      RETURN p, i, CASE WHEN length(p) = 1 THEN 'DIRECT' ELSE 'BROADER_TECHNOLOGY' END AS via
      UNION ALL
      MATCH p = ${broader}-[${relTypes('CONTROLLED_BY')}]->(${measure})<-[${relTypes('EMPLOYS')}]-(i${instruments})
      WHERE ${pathValidCypher('p')}
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
    RETURN i, collect({p: p, via: via, rank: rank})[0] AS best
  }`;
}

/** The parameters `coverageClaims` reads. */
export function coverageRuleParams(asOf: string): Record<string, unknown> {
  return {
    measureKind: 'CONTROL_MEASURE',
    generalScope: GENERAL_SCOPE,
    broaderTypes: ['EXAMPLE_OF', 'SUBTYPE_OF'],
    bases: [...COVERAGE_BASES],
    ...asOfParam(asOf),
  };
}

/** A Cypher map of the explaining chain bound to `path`. */
export function pathMap(path: string): string {
  return `{
      nodes: [n IN nodes(${path}) | ${entityProjection('n')}],
      edges: [e IN relationships(${path}) | ${edgeProjection('e')}],
      length: length(${path})
    }`;
}

export function coverageQuery(technologyId: string, asOf: string): CypherQuery {
  const actorKinds = labels('JURISDICTION', 'REGIME', 'TREATY', 'AGENCY', 'ORGANIZATION');
  const instruments = labels('REGIME', 'TREATY');
  return {
    cypher: `OPTIONAL MATCH (t:Entity {id: $id})
CALL (t) {
  WITH t WHERE t.kind = $technologyKind
  ${coverageClaims()}
  CALL (i) {
    CALL (i) {
      MATCH q = (x${actorKinds})-[r${relTypes('EMPLOYS', 'ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(i)
      WHERE ${pathValidCypher('q')}
      RETURN x, type(r) AS role, q
      UNION
      MATCH q = (i)-[r${relTypes('ADOPTED_BY')}]->(x${actorKinds})
      WHERE ${pathValidCypher('q')}
      RETURN x, type(r) AS role, q
      UNION
      MATCH q = (x${actorKinds})-[r${relTypes('ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(${instruments})-[${relTypes('EMPLOYS')}]->(i)
      WHERE ${pathValidCypher('q')}
      RETURN x, type(r) AS role, q
    }
    WITH x, role, q ORDER BY length(q) ASC, x.id ASC, role ASC
    WITH x, collect({role: role, q: q})[0] AS first
    ORDER BY length(first.q) ASC, x.id ASC
    LIMIT $maxActors
    WITH x, first, first.q AS q
    RETURN collect({entity: ${entityProjection('x')}, role: first.role, path: ${pathMap('q')}}) AS appliedBy
  }
  WITH i, best, appliedBy, best.p AS p
  ORDER BY best.rank ASC, length(best.p) ASC, i.id ASC
  RETURN collect({
    instrument: ${entityProjection('i')},
    via: best.via,
    basis: $bases[best.rank],
    appliedBy: appliedBy,
    path: ${pathMap('p')}
  }) AS coverage
}
RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage`,
    params: {
      id: technologyId,
      technologyKind: 'TECHNOLOGY',
      maxActors: MAX_ACTORS,
      ...coverageRuleParams(asOf),
    },
  };
}
