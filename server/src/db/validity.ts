/**
 * The one Cypher form of the validity rule (graph-seed/domain/validity.ts, `validOn`): an entity or relationship
 * takes part in an "as of" answer when the day is on or after its `validFromDay` and on or before its `validToDay`,
 * a missing end being open. The loader stores both ends as Neo4j dates already widened to whole periods, so the rule
 * is two plain comparisons against a date parameter. Every query that answers "as of" builds its filter here.
 */
import neo4j from 'neo4j-driver';

/** The parameter name every "as of" query binds the day to. */
export const AS_OF_PARAM = 'asOf';

/**
 * A Cypher boolean expression: `variable` (a node or relationship, or a map with the same two keys) is valid on the
 * day held by `$asOf`. `variable` is a fixed name from the query builder, never user text.
 */
export function validOnCypher(variable: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/u.test(variable)) throw new Error(`not a Cypher variable: ${variable}`);
  const day = `$${AS_OF_PARAM}`;
  return `((${variable}.validFromDay IS NULL OR ${variable}.validFromDay <= ${day}) AND (${variable}.validToDay IS NULL OR ${day} <= ${variable}.validToDay))`;
}

/** Every node and every relationship of the path bound to `path` is valid on `$asOf`. */
export function pathValidCypher(path: string): string {
  return `(all(vn IN nodes(${path}) WHERE ${validOnCypher('vn')}) AND all(vr IN relationships(${path}) WHERE ${validOnCypher('vr')}))`;
}

/** The `$asOf` parameter for an ISO day (`YYYY-MM-DD`, already validated): a Neo4j date, compared as dates. */
export function asOfParam(day: string): { [AS_OF_PARAM]: InstanceType<typeof neo4j.types.Date> } {
  const [year, month, date] = day.split('-').map(Number);
  return { [AS_OF_PARAM]: new neo4j.types.Date(year ?? 0, month ?? 0, date ?? 0) };
}
