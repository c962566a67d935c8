/**
 * Pure Cypher builders for coverage: which instruments (REGIME, TREATY, CONTROL_MEASURE) cover a technology, how strong
 * each claim is (its basis), the path that explains it, and who applies each instrument (see ./README.md for the rule).
 * Labels and relationship types come from the vocabulary; everything else is a parameter. Only chains whose every
 * entity and relationship is valid on `$asOf` count, so an answer is as of a day (server/src/db/validity.ts).
 * The rule is written once: `coverageSubjectsQuery` and `coverageStageQuery`, which the repository's `readCoverage`
 * runs stage by stage; `coverage` and the coverage matrix both go through it.
 */
import type { CypherQuery } from '../db/driver';
import { asOfParam, validOnCypher } from '../db/validity';
import { label, labels, relTypes } from '../db/vocabulary';
import { edgeProjection, entityCoreProjection, entityProjection } from '../entity/model';
import { COVERAGE_BASES, coverageStages, type CoverageStage, type StageAsk } from './stages';

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

export { COVERAGE_BASES, type CoverageBasis } from './stages';

/** The stages the rule reads its claims in, in order (./stages.ts). */
export const COVERAGE_STAGES = coverageStages(MAX_BROADER_STEPS);

/** A control measure whose data marks it as general in scope (control lists, licensing …). */
const GENERAL_SCOPE = 'GENERAL';

/**
 * The broader technologies of a bound, valid `t`: each distinct technology `b` up to MAX_BROADER_STEPS steps up
 * (EXAMPLE_OF / SUBTYPE_OF, `t` itself at zero steps; fewer, but at least one, when a batch of stages needs no deeper ones) with every
 * shortest valid chain `c` to it. A breadth-first
 * search over distinct nodes, not an enumeration of every walk: a chain that is not shortest to its end can never
 * explain a claim, since the same tail after a shortest chain has the same basis and is shorter.
 */
function broaderChains(maxSteps: number = MAX_BROADER_STEPS): string {
  const tech = label('TECHNOLOGY');
  return `MATCH c = ALL SHORTEST (t)((${tech})-[s${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(u${tech}) WHERE ${validOnCypher('s')} AND ${validOnCypher('u')}){0,${maxSteps}}(b${tech})
    WHERE ${validOnCypher('t')}`;
}

/** True when `x` is a control measure general in scope (the GENERAL basis); never null. */
function generalCypher(x: string): string {
  return `(${x}.kind = $measureKind AND coalesce(${x}.scope = $generalScope, false))`;
}

/**
 * The depths (broader steps) at which each asked technology has broader technologies valid on `$asOf`, and how many
 * CONTROLLED_BY relationships leave them (read from the degree store, so without reading them). One row per id,
 * with the entity's kind (null when no entity has the id).
 */
export function coverageSubjectsQuery(ids: readonly string[], asOf: string): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (t:Entity {id: id})
CALL (t) {
  WITH t WHERE t.kind = $technologyKind
  ${broaderChains()}
  WITH DISTINCT b, length(c) AS depth
  RETURN collect(DISTINCT depth) AS depths, sum(COUNT { (b)-[${relTypes('CONTROLLED_BY')}]->() }) AS controls
}
RETURN id, t IS NOT NULL AS exists, t.kind AS kind, depths, controls`,
    params: { ids, technologyKind: 'TECHNOLOGY', ...asOfParam(asOf) },
  };
}

/** The stages of a batch as rows the query matches claims against: one per (generality, depth, way). */
function batchParts(batch: readonly CoverageStage[]) {
  return batch.flatMap((stage) =>
    (['direct', 'employed'] as const).flatMap((way) =>
      stage[way].map((depth) => ({
        general: stage.general,
        depth,
        employed: way === 'employed',
        key: stage.key,
        rank: stage.rank,
      })),
    ),
  );
}

/**
 * Stages of the coverage rule (a batch of consecutive ones, see ./README.md and ./stages.ts) for each asked
 * technology: the claims of the batch's order keys, for the instruments not found by an earlier batch (those have a
 * stronger or shorter claim). An instrument's best key is its lowest here, and its claims of that key are its ties;
 * the one whose chain's node ids sort first, then the via's name, explains it. The first `room` instruments by key
 * and id are answered, each with its basis and explaining path; with `$kinds`, only instruments of those kinds (an
 * instrument's best claim is its own, so filtering them first changes nothing else).
 *
 * The work is the sum of the degrees of the broader technologies and of the measures they reach, never a product:
 * each broader technology is reached once, with its shortest chains (a longer chain to the same technology is never
 * the best: the same tail after a shortest chain has the same basis and is shorter); each instrument or measure is
 * followed only from its shallowest technology in the batch (deeper ones give the same claims with higher keys); and
 * the tie-break, which reads every chain's node ids, runs only for the instruments answered.
 */
export function coverageStageQuery(
  asks: readonly StageAsk[],
  batch: readonly CoverageStage[],
  kinds: readonly string[] | null,
  asOf: string,
): CypherQuery {
  const parts = batchParts(batch);
  const depths = [...new Set(parts.map((p) => p.depth))];
  return {
    cypher: `UNWIND $asks AS ask
MATCH (t:Entity {id: ask.id})
WHERE t.kind = $technologyKind
CALL (t, ask) {
  CALL (t) {
    ${broaderChains(Math.max(1, ...depths))}
    // A technology's shortest chains are equally long, so only the first by node ids can be part of a best claim.
    WITH b, c ORDER BY [n IN nodes(c) | n.id] ASC
    WITH b, collect(c)[0] AS c
    RETURN collect({b: b, c: c}) AS levels
  }
  CALL (levels) {
    UNWIND [l IN levels WHERE length(l.c) IN $depths] AS l
    WITH l.b AS b, l.c AS c
    MATCH (b)-[r${relTypes('CONTROLLED_BY')}]->(x${labels('REGIME', 'TREATY', 'CONTROL_MEASURE')})
    WHERE ${validOnCypher('r')}
    WITH x, c, r, ${generalCypher('x')} AS general
    // The ways this batch reads a claim from x at this depth: directly, through its employers, or both.
    WITH x, c, r, [p IN $parts WHERE p.general = general AND p.depth = length(c)] AS ways
    WHERE size(ways) > 0
    // Each instrument or measure reached is kept with its shallowest, then first, chain.
    WITH x, c, r, ways ORDER BY length(c) ASC, [n IN nodes(c) | n.id] ASC
    WITH x, collect({c: c, r: r, ways: ways})[0] AS reached
    WHERE ${validOnCypher('x')}
    UNWIND reached.ways AS way
    CALL (x, way) {
      WITH x, way WHERE NOT way.employed
      RETURN x AS i, null AS e
      UNION ALL
      WITH x, way WHERE way.employed AND x${label('CONTROL_MEASURE')}
      MATCH (x)<-[e${relTypes('EMPLOYS')}]-(i${labels('REGIME', 'TREATY')})
      WHERE ${validOnCypher('e')}
      RETURN i, e
    }
    RETURN i, e, x, reached, way.key AS key, way.rank AS rank
  }
  WITH i, e, x, reached, key, rank, ask
  WHERE ${validOnCypher('i')} AND NOT i.id IN ask.seen AND ($kinds IS NULL OR i.kind IN $kinds)
  // An instrument's best claim has its lowest key, so only the claims of that key can win.
  WITH i, e, x, reached, key, rank, ask.room AS room ORDER BY key ASC
  WITH i, room, collect({key: key, rank: rank, x: x, e: e, reached: reached}) AS claims
  WITH i, room, [c IN claims WHERE c.key = claims[0].key] AS ties
  ORDER BY ties[0].key ASC, i.id ASC
  WITH room, collect({i: i, ties: ties}) AS hits
  UNWIND CASE WHEN room IS NULL THEN hits ELSE hits[0..room] END AS hit
  CALL (hit) {
    UNWIND hit.ties AS c
    WITH c, hit.i AS i,
      CASE
        WHEN c.e IS NOT NULL THEN 'EMPLOYED_MEASURE'
        WHEN length(c.reached.c) = 0 THEN 'DIRECT'
        ELSE 'BROADER_TECHNOLOGY'
      END AS via
    ORDER BY [n IN nodes(c.reached.c) | n.id] + CASE WHEN c.e IS NULL THEN [c.x.id] ELSE [c.x.id, i.id] END ASC, via ASC
    LIMIT 1
    RETURN via, c.rank AS rank,
      nodes(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.x] ELSE [c.x, i] END AS chainNodes,
      relationships(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.reached.r] ELSE [c.reached.r, c.e] END AS chainRels
  }
  WITH hit.i AS i, via, rank, chainNodes, chainRels
  RETURN collect({
    instrument: ${entityProjection('i')},
    via: via,
    basis: $bases[rank],
    path: ${chainMap('chainNodes', 'chainRels')}
  }) AS hits
}
RETURN ask.id AS id, hits`,
    params: {
      asks,
      parts,
      depths,
      bases: [...COVERAGE_BASES],
      kinds,
      technologyKind: 'TECHNOLOGY',
      measureKind: 'CONTROL_MEASURE',
      generalScope: GENERAL_SCOPE,
      ...asOfParam(asOf),
    },
  };
}

/**
 * A Cypher map of an explaining chain given as its list of nodes and its list of relationships, in order. Its nodes
 * are cores (entity/model.ts `EntityCoreRecord`): a coverage answer holds up to 200 chains of up to 6 nodes each, and
 * their texts and sources are read only when asked for; its edges carry their sources, which cite the chain.
 */
export function chainMap(nodes: string, rels: string): string {
  return `{
      nodes: [n IN ${nodes} | ${entityCoreProjection('n')}],
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
