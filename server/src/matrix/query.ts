/**
 * Pure Cypher builders for the coverage matrix and its gaps. The rows' cells come from the coverage rule itself
 * (coverage/repository.ts `readCoverage`), so a cell is exactly what `coverage` answers for that pair; the matrix
 * adds each technology's category and leaves out who applies each instrument.
 */
import type { CypherQuery } from '../db/driver';
import { MAX_BROADER_STEPS } from '../coverage/query';
import { asOfParam, pathValidCypher, validOnCypher } from '../db/validity';
import { label, relTypes } from '../db/vocabulary';
import { edgeProjection, entityProjection } from '../entity/model';

/** The relationships that say why a technology escapes control: circumventions at it, concerns it raises. */
export const GAP_REASON_TYPES = { circumvention: ['EXPLOITS', 'EVADES', 'TARGETS'], concern: ['RAISES'] } as const;
/** Most rows one matrix holds: each row runs the coverage rule, so a graph of many technologies is answered in part. */
export const MATRIX_MAX_ROWS = 1000;
/** Most reasons listed per gap. */
export const MAX_GAP_REASONS = 12;

/** The broader technologies of `t`, one to MAX_BROADER_STEPS steps up, bound as path `c` ending at `top`. */
function upward(): string {
  const tech = label('TECHNOLOGY');
  return `(t)((${tech})-[${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(${tech})){1,${MAX_BROADER_STEPS}}(top${tech})`;
}

/**
 * One row per technology valid on `$asOf` (those of `$ids`, or all when null; at most MATRIX_MAX_ROWS + 1, by id),
 * with its category; plus the asked-for ids that are unknown or not technologies.
 */
export function coverageMatrixQuery(ids: readonly string[] | null, asOf: string): CypherQuery {
  return {
    cypher: `CALL () {
  UNWIND coalesce($ids, []) AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n WHERE n IS NULL OR n.kind <> $technologyKind
  RETURN collect({id: id, kind: n.kind}) AS refused
}
CALL () {
  MATCH (t:Entity)
  WHERE t.kind = $technologyKind AND ($ids IS NULL OR t.id IN $ids) AND ${validOnCypher('t')}
  WITH t ORDER BY t.id ASC LIMIT $readRows
  CALL (t) {
    OPTIONAL MATCH c = ${upward()}
    WHERE ${pathValidCypher('c')}
    WITH t, top, c ORDER BY length(c) DESC, top.id ASC
    WITH t, collect(top) AS tops
    RETURN coalesce(tops[0], t) AS category
  }
  RETURN collect({technology: ${entityProjection('t')}, category: ${entityProjection('category')}}) AS rows
}
RETURN refused, rows`,
    // One row beyond the cap is read, so that the answer can say it was cut.
    params: { ids, technologyKind: 'TECHNOLOGY', readRows: MATRIX_MAX_ROWS + 1, ...asOfParam(asOf) },
  };
}

/**
 * The reasons for the gaps `$ids`: cited relationships of each technology or of a broader one (valid on `$asOf`)
 * with a circumvention that EXPLOITS, EVADES or TARGETS it, or a concern it RAISES; nearest first.
 */
export function gapReasonsQuery(ids: readonly string[], asOf: string): CypherQuery {
  const tech = label('TECHNOLOGY');
  return {
    cypher: `UNWIND $ids AS id
MATCH (t:Entity {id: id})
CALL (t) {
  MATCH c = (t)((${tech})-[${relTypes('EXAMPLE_OF', 'SUBTYPE_OF')}]->(${tech})){0,${MAX_BROADER_STEPS}}(s${tech})
  WHERE ${pathValidCypher('c')}
  WITH s, min(length(c)) AS steps
  CALL (s) {
    MATCH (o${label('CIRCUMVENTION')})-[r${relTypes(...GAP_REASON_TYPES.circumvention)}]->(s)
    WHERE ${validOnCypher('r')} AND ${validOnCypher('o')}
    RETURN r, o
    UNION
    MATCH (s)-[r${relTypes(...GAP_REASON_TYPES.concern)}]->(o:Entity)
    WHERE ${validOnCypher('r')} AND ${validOnCypher('o')}
    RETURN r, o
  }
  WITH s, steps, r, o ORDER BY steps ASC, CASE WHEN type(r) IN $concernTypes THEN 1 ELSE 0 END ASC, type(r) ASC, o.id ASC, r.id ASC
  LIMIT $maxReasons
  RETURN collect({statedOf: ${entityProjection('s')}, edge: ${edgeProjection('r')}, other: ${entityProjection('o')}}) AS reasons
}
RETURN t.id AS id, reasons`,
    params: { ids, maxReasons: MAX_GAP_REASONS, concernTypes: [...GAP_REASON_TYPES.concern], ...asOfParam(asOf) },
  };
}
