/**
 * A real Neo4j for the seed-loading tests. In order of preference: the database the shared global setup
 * (tests/setup/global.ts) provides, an external one named by NEO4J_URI, or a throwaway local one started here on
 * free ports. A shared database holds the real seed other test files rely on, so `close()` puts it back.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadSeed, readAndValidateSeed } from '../../graph-seed/src/index';
import { startThrowawayNeo4j } from '../../neo4j-runtime/scripts/runtime';
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

interface Target {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

/** The database provided by the global setup, when this file runs under it. */
function provided(): Target | undefined {
  // Undefined when no global setup ran (e.g. vitest started with another config).
  const target = inject('neo4j') as ProvidedNeo4j | undefined;
  return target?.uri ? target : undefined;
}

function external(): Target | undefined {
  const uri = process.env.NEO4J_URI;
  if (!uri) return undefined;
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

export async function openTestNeo4j(): Promise<TestNeo4j> {
  const shared = provided() ?? external();
  let target: Target;
  let stop: () => Promise<void>;
  if (shared) {
    target = shared;
    stop = () => Promise.resolve();
  } else {
    const local = await startThrowawayNeo4j('seed');
    target = { uri: local.uri, user: local.user, password: local.password, database: undefined };
    stop = () => local.stop();
  }

  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const run = async (cypher: string) => {
    await driver.executeQuery(cypher, {}, target.database === undefined ? {} : { database: target.database });
  };
  return {
    ...target,
    driver,
    async clean() {
      await run('MATCH (n:Entity) DETACH DELETE n');
      await run('MATCH (m:SeedMeta) DELETE m');
    },
    async close() {
      try {
        if (shared) {
          // Other test files expect the real seed; these tests replaced it.
          const real = await readAndValidateSeed();
          if (real.ok) await loadSeed(driver, real.seed, { reset: true, database: target.database });
        }
      } finally {
        await driver.close();
        await stop();
      }
    },
  };
}
