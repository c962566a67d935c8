/**
 * The `Dated` marker, shared by the loaders and the API: an entity carries the `Dated` label when it has a date of its
 * own or a relationship with one. The whole graph's timeline starts from these entities, so it reads the dated part
 * of the graph instead of every entity and relationship (a relationship property cannot be indexed without naming
 * its type). Both loaders set the marker after writing, from the stored dates alone.
 */
export const DATED_LABEL = 'Dated';

/** Whether a node or relationship (bound to `variable`) has a start or an end. */
export const isDated = (variable: string): string =>
  `(${variable}.validFromDay IS NOT NULL OR ${variable}.validToDay IS NOT NULL)`;

/**
 * Sets the marker on exactly the entities it belongs to: cleared, then set from the entities' own days (range
 * indexes) and from one pass over the relationships. The seed loader runs them inside its transaction, so no reader
 * sees the marker half done; the bulk loader runs them after the import, before the database is served; the Cypher
 * export runs them at the end of its script, after the data it marks.
 */
export const MARK_DATED: readonly string[] = [
  `MATCH (n:${DATED_LABEL}) REMOVE n:${DATED_LABEL}`,
  `MATCH (n:Entity) WHERE n.validFromDay IS NOT NULL SET n:${DATED_LABEL}`,
  `MATCH (n:Entity) WHERE n.validToDay IS NOT NULL SET n:${DATED_LABEL}`,
  `MATCH (a:Entity)-[r]->(b:Entity) WHERE ${isDated('r')} SET a:${DATED_LABEL}, b:${DATED_LABEL}`,
];
