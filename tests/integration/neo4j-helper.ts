/**
 * A real Neo4j for the seed-loading tests. In order of preference: the database the shared global setup
 * (tests/setup/global.ts) provides, an external one named by NEO4J_URI, or a throwaway local one started here on
 * free ports. A shared database holds the real seed other test files rely on, so `close()` puts it back.
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { startThrowawayNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { loadConfig } from '../../server/src/config';
import { driverFor, externalTarget, resetToSeed, type Neo4jTarget } from '../../server/src/db/connect';
import type { ProvidedNeo4j } from '../setup/provided';

export interface TestNeo4j {
  readonly driver: Driver;
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
  /** Removes every :Entity node and the seed record, so each test starts from an empty graph. */
  clean(): Promise<void>;
  /** Closes the driver; restores the real seed in a shared database, or stops and deletes a throwaway one. */
  close(): Promise<void>;
}

/** The database provided by the global setup, when this file runs under it. */
function provided(): Neo4jTarget | undefined {
  // Undefined when no global setup ran (e.g. vitest started with another config).
  const target = inject('neo4j') as ProvidedNeo4j | undefined;
  return target?.uri ? target : undefined;
}

export async function openTestNeo4j(): Promise<TestNeo4j> {
  const shared = provided() ?? externalTarget(loadConfig());
  let target: Neo4jTarget;
  let stop: () => Promise<void>;
  if (shared) {
    target = shared;
    stop = () => Promise.resolve();
  } else {
    const local = await startThrowawayNeo4j('seed');
    target = local;
    stop = () => local.stop();
  }

  const driver = driverFor(target);
  const database = target.database;
  const run = async (cypher: string) => {
    await driver.executeQuery(cypher, {}, database === undefined ? {} : { database });
  };
  return {
    uri: target.uri,
    user: target.user,
    password: target.password,
    database,
    driver,
    async clean() {
      await run('MATCH (n:Entity) DETACH DELETE n');
      await run('MATCH (m:SeedMeta) DELETE m');
    },
    async close() {
      try {
        // Other test files expect the real seed; these tests replaced it.
        if (shared) await resetToSeed(target);
      } finally {
        await driver.close();
        await stop();
      }
    },
  };
}
