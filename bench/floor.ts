/**
 * The benchmarks' database floor: the Cypher of one API operation run straight through neo4j-driver, in the same
 * managed read transactions and under the same timeout the API uses.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { records, type CypherQuery, type RunQuery } from '../server/src/db/driver';

/**
 * An operation's Cypher: its queries in order, or the repository's own reader when a query depends on the one
 * before (coverage reads its stages until the answer is full), run in one transaction.
 */
export type FloorWork = readonly CypherQuery[] | ((run: RunQuery) => Promise<unknown>);

export async function runReadQueries(
  driver: Driver,
  database: string | undefined,
  work: FloorWork,
  timeoutMs: number,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    if (typeof work === 'function') {
      await session.executeRead((tx) => work((query) => records(tx, query)), { timeout: timeoutMs });
      return;
    }
    for (const query of work) {
      await session.executeRead((tx) => records(tx, query), { timeout: timeoutMs });
    }
  } finally {
    await session.close();
  }
}
