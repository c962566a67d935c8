/**
 * The benchmarks' database floor: the Cypher of one API operation run straight through neo4j-driver, in the same
 * managed read transactions and under the same timeout the API uses.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams, type CypherQuery } from '../server/src/db/driver';

export async function runReadQueries(
  driver: Driver,
  database: string | undefined,
  queries: readonly CypherQuery[],
  timeoutMs: number,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const query of queries) {
      await session.executeRead((tx) => tx.run(query.cypher, toCypherParams(query.params)), { timeout: timeoutMs });
    }
  } finally {
    await session.close();
  }
}
