/**
 * Pure Cypher builders for coverage: which instruments (REGIME, TREATY, CONTROL_MEASURE) cover a technology, how strong
 * each claim is (its basis), the path that explains it, and who applies each instrument (see ./README.md for the rule).
 * Labels and relationship types come from the vocabulary; everything else is a parameter. Only chains whose every
 * entity and relationship is valid on `$asOf` count, so an answer is as of a day (server/src/db/validity.ts).
 * The rule is written once (`coverageClaims`); `coverage` and the coverage matrix both call it.
 */
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { label, labels, relTypes } from '../db/vocabulary';
import { edgeProjection, entityProjection } from '../entity/model';

/** How many broader-technology steps (EXAMPLE_OF / SUBTYPE_OF) the rule follows. */
export const MAX_BROADER_STEPS = 4;
/** Most actors listed per instrument (shortest paths first). */
export const MAX_ACTORS = 25;
/**
 * Most instruments one answer lists (strongest, then shortest, first). The real graph's best-covered technology has
 * far fewer; the cap keeps a technology under a category that hundreds of instruments control from costing its
 * whole fan-out of explanations.
 */
export const MAX_INSTRUMENTS = 200;

/** The bases, strongest first; the order is the rank the query sorts by. */
export const COVERAGE_BASES = ['NAMED', 'CATEGORY', 'GENERAL'] as const;
export type CoverageBasis = (typeof COVERAGE_BASES)[number];

/** A control measure whose data marks it as general in scope (control lists, licensing …). */
const GENERAL_SCOPE = 'GENERAL';

/**
 * The broader technologies of a bound, valid `t`: each distinct technology `b` up to MAX_BROADER_STEPS steps up
 * (EXAMPLE_OF / SUBTYPE_OF, `t` itself at zero steps) with every shortest valid chain `c` to it. A breadth-first
 * search over distinct nodes, not an enumeration of every walk: a chain that is not shortest to its end can never
 * explain a claim, since the same tail after a shortest chain has the same basis and is shorter.
 */
function broaderChains(): string {
  const tech = label('TECHNOLOGY');
  return `MATCH c = ALL SHORTEST (t)((${tech})-[s${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(u${tech}) WHERE ${validOnCypher('s')} AND ${validOnCypher('u')}){0,${MAX_BROADER_STEPS}}(b${tech})
    WHERE ${validOnCypher('t')}`;
}

/** The rank of a claim (indexes COVERAGE_BASES) whose chain has `depth` broader steps and rests on `measure`. */
function rankCypher(measure: string, depth: string): string {
  return `CASE WHEN ${measure}.kind = $measureKind AND ${measure}.scope = $generalScope THEN 2 WHEN ${depth} = 0 THEN 0 ELSE 1 END`;
}

/**
 * The coverage rule for a bound technology `t`: one row per covering instrument `i`, with `best`, the strongest and
 * then shortest explaining chain `{nodes, rels, via, rank}` (rank indexes COVERAGE_BASES; ties go to the chain whose
 * node ids sort first, then to the via's name). With `limit`, only the first $maxInstruments instruments by basis,
 * chain length and id.
 *
 * The work is the sum of the degrees of the broader technologies and of the measures they reach, never a product:
 * - each broader technology is reached once, with its shortest chains (a longer chain to the same technology is never
 *   the best: the same tail after a shortest chain has the same basis and is shorter);
 * - a claim's order key (rank, then length) grows with the depth of its broader technology, so each controlling
 *   instrument or measure is followed only from its shallowest technologies, and each measure's employers once;
 * - an instrument's claims are sorted by their key alone; only the claims of its best key are kept, and the
 *   tie-break among them (which reads every chain's node ids) runs only for the instruments answered.
 */
export function coverageClaims(options: { limit: boolean } = { limit: false }): string {
  const measure = label('CONTROL_MEASURE');
  // A claim's order key: rank first, then the chain's length (at most MAX_BROADER_STEPS + 2).
  const key = (rank: string, length: string) => `${rank} * 100 + ${length}`;
  return `CALL (t) {
    CALL (t) {
      ${broaderChains()}
      // A technology's shortest chains are equally long, so only the first by node ids can be part of a best claim.
      // (No list of all chains is built: every row after it would carry the list, and count it against memory.)
      WITH b, c ORDER BY [n IN nodes(c) | n.id] ASC
      WITH b, collect(c)[0] AS c
      MATCH (b)-[r${relTypes('CONTROLLED_BY')}]->(x${labels('REGIME', 'TREATY', 'CONTROL_MEASURE')})
      WHERE ${validOnCypher('r')}
      // Each instrument or measure reached is kept with its shallowest, then first, chain.
      WITH x, c, r ORDER BY length(c) ASC, [n IN nodes(c) | n.id] ASC
      WITH x, collect({c: c, r: r})[0] AS reached
      WHERE ${validOnCypher('x')}
      WITH x, reached, length(reached.c) AS depth
      CALL (x, depth) {
        RETURN x AS i, null AS e, ${key(rankCypher('x', 'depth'), 'depth + 1')} AS key
        UNION ALL
        WITH x, depth WHERE x${measure}
        MATCH (x)<-[e${relTypes('EMPLOYS')}]-(i${labels('REGIME', 'TREATY')})
        WHERE ${validOnCypher('e')}
        RETURN i, e, ${key(rankCypher('x', 'depth'), 'depth + 2')} AS key
      }
      // An instrument's best claim has its lowest key, so only the claims of that key can win. Sorting by the key
      // alone is cheap; the tie-break, which reads every chain's node ids, is left to the instruments kept.
      WITH i, key, x, e, reached ORDER BY key ASC
      WITH i, collect({key: key, x: x, e: e, reached: reached}) AS claims
      WHERE ${validOnCypher('i')}
      RETURN i, [c IN claims WHERE c.key = claims[0].key] AS ties
    }
    WITH i, ties${options.limit ? ' ORDER BY ties[0].key ASC, i.id ASC LIMIT $maxInstruments' : ''}
    // Among an instrument's ties: the chain whose node ids sort first, then the via's name.
    CALL (i, ties) {
      UNWIND ties AS c
      WITH c,
        CASE
          WHEN c.e IS NOT NULL THEN 'EMPLOYED_MEASURE'
          WHEN length(c.reached.c) = 0 THEN 'DIRECT'
          ELSE 'BROADER_TECHNOLOGY'
        END AS via
      ORDER BY [n IN nodes(c.reached.c) | n.id] + CASE WHEN c.e IS NULL THEN [c.x.id] ELSE [c.x.id, i.id] END ASC, via ASC
      LIMIT 1
      RETURN {
        nodes: nodes(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.x] ELSE [c.x, i] END,
        rels: relationships(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.reached.r] ELSE [c.reached.r, c.e] END,
        via: via,
        rank: c.key / 100
      } AS best
    }
    RETURN i, best
  }`;
}

/** The parameters `coverageClaims` reads. */
export function coverageRuleParams(asOf: string): Record<string, unknown> {
  return {
    measureKind: 'CONTROL_MEASURE',
    generalScope: GENERAL_SCOPE,
    bases: [...COVERAGE_BASES],
    ...asOfParam(asOf),
  };
}

/** A Cypher map of an explaining chain given as its list of nodes and its list of relationships, in order. */
export function chainMap(nodes: string, rels: string): string {
  return `{
      nodes: [n IN ${nodes} | ${entityProjection('n')}],
      edges: [e IN ${rels} | ${edgeProjection('e')}],
      length: size(${rels})
    }`;
}

/**
 * Who applies the bound instrument `i`, nearest first, then by id, at most $maxActors: the actors linked to it
 * directly, then (only while fewer than $maxActors are found) those linked to a regime or treaty that EMPLOYS it.
 * An actor is listed once, by its nearest link and then the first role. Each employing regime contributes its own
 * first $maxActors actors by id before the merge, which gives the same answer as merging them all (the first
 * $maxActors of a union are among the first $maxActors of its parts) while reading each regime's members once.
 */
function appliedBy(): string {
  const actors = labels('JURISDICTION', 'REGIME', 'TREATY', 'AGENCY', 'ORGANIZATION');
  return `CALL (i) {
    CALL (i) {
      MATCH (x${actors})-[r${relTypes('EMPLOYS', 'ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(i)
      WHERE ${validOnCypher('x')} AND ${validOnCypher('r')}
      RETURN x, r, [x, i] AS chainNodes
      UNION ALL
      MATCH (i)-[r${relTypes('ADOPTED_BY')}]->(x${actors})
      WHERE ${validOnCypher('x')} AND ${validOnCypher('r')}
      RETURN x, r, [i, x] AS chainNodes
    }
    WITH x, r, chainNodes ORDER BY x.id ASC, type(r) ASC, r.id ASC
    WITH x, collect({role: type(r), nodes: chainNodes, rels: [r]})[0] AS first
    ORDER BY x.id ASC
    LIMIT $maxActors
    RETURN collect({x: x, first: first}) AS direct
  }
  CALL (i, direct) {
    WITH i, direct, [d IN direct | d.x] AS near WHERE size(direct) < $maxActors
    MATCH (via${labels('REGIME', 'TREATY')})-[e${relTypes('EMPLOYS')}]->(i)
    WHERE ${validOnCypher('via')} AND ${validOnCypher('e')}
    CALL (via, e, i, near) {
      MATCH (x${actors})-[r${relTypes('ADMINISTERS', 'ENFORCES', 'IMPLEMENTS', 'MEMBER_OF')}]->(via)
      WHERE ${validOnCypher('x')} AND ${validOnCypher('r')} AND NOT x IN near
      WITH x, r ORDER BY x.id ASC, type(r) ASC, r.id ASC
      WITH x, collect(r)[0] AS r
      ORDER BY x.id ASC
      LIMIT $maxActors
      RETURN x, {role: type(r), nodes: [x, via, i], rels: [r, e]} AS first
    }
    WITH x, first ORDER BY x.id ASC, first.role ASC, first.nodes[1].id ASC
    WITH x, collect(first)[0] AS first
    ORDER BY x.id ASC
    RETURN collect({x: x, first: first}) AS far
  }
  CALL (direct, far) {
    UNWIND direct + far[0..$maxActors - size(direct)] AS actor
    WITH actor.x AS x, actor.first AS first
    RETURN collect({entity: ${entityProjection('x')}, role: first.role, path: ${chainMap('first.nodes', 'first.rels')}}) AS appliedBy
  }`;
}

/**
 * Who applies each of the instruments `$ids` (see `appliedBy`): one row per id that names an entity. Asked apart from
 * coverage, and only when a reader asks for it, because it is most of a large answer's size.
 */
export function appliedByQuery(ids: readonly string[], asOf: string): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (i:Entity {id: id})
${appliedBy()}
RETURN id, appliedBy`,
    params: { ids, maxActors: MAX_ACTORS, ...asOfParam(asOf) },
  };
}

export function coverageQuery(technologyId: string, asOf: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (t:Entity {id: $id})
CALL (t) {
  WITH t WHERE t.kind = $technologyKind
  // Only the instruments that will be answered are explained: the cap comes before their chains are read.
  ${coverageClaims({ limit: true })}
  WITH i, best ORDER BY best.rank ASC, size(best.rels) ASC, i.id ASC
  RETURN collect({
    instrument: ${entityProjection('i')},
    via: best.via,
    basis: $bases[best.rank],
    path: ${chainMap('best.nodes', 'best.rels')}
  }) AS coverage
}
RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage`,
    params: {
      id: technologyId,
      technologyKind: 'TECHNOLOGY',
      maxInstruments: MAX_INSTRUMENTS,
      ...coverageRuleParams(asOf),
    },
  };
}
