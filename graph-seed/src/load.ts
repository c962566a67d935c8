/**
 * Loads a validated seed into Neo4j: schema first, then every write in one managed write transaction, so a load
 * that fails at any point (a database error, a count that does not add up) leaves the previous graph as it was.
 * Afterwards the :Entity graph equals the seed: loading twice changes nothing and a fact removed from the seed
 * disappears. This is the only graph-seed module that talks to the driver; the Cypher is built in cypher.ts.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import {
  awaitIndexesStatement,
  BATCH_SIZE,
  countStatement,
  deleteAllEntitiesStatement,
  deleteStaleEntitiesStatement,
  deleteStaleRelationshipsStatement,
  readSeedVersionStatement,
  seedMetaStatement,
  upsertNodeStatements,
  upsertRelationshipStatements,
} from './cypher';
import { MARK_DATED, schemaStatements } from '#domain';
import type { Statement } from '#domain';
import { ENSURE_GRAPH_LOCK, GRAPH_WRITE_LOCK } from './lock';
import type { Seed } from './schema';

export interface LoadOptions {
  /** Delete every :Entity node first (in the same transaction, so a failed load still restores them). */
  readonly reset?: boolean;
  /** Database name; the server's default database when absent. */
  readonly database?: string;
  readonly batchSize?: number;
  /**
   * Runs inside the transaction after the writes, before commit; throwing aborts the load. Meant for tests that
   * check a failed load leaves the previous graph intact.
   */
  readonly beforeCommit?: (tx: ManagedTransaction) => Promise<void> | void;
}

export interface LoadResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly version: string;
}

/**
 * The load is one transaction; the database's default time limit (30 s for the local one) is meant for queries and
 * can be too short for a load on a busy machine, so the loader states its own.
 */
const LOAD_TRANSACTION_CONFIG = { timeout: 10 * 60_000 };

export class SeedLoadError extends Error {
  override name = 'SeedLoadError';
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  throw new SeedLoadError(`expected a number from Neo4j, got ${String(value)}`);
}

function openSession(driver: Driver, database: string | undefined, write: boolean): Session {
  return driver.session({
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    ...(database === undefined ? {} : { database }),
  });
}

async function run(tx: ManagedTransaction, statement: Statement) {
  return (await tx.run(statement.cypher, { ...statement.params })).records;
}

/** The sum of `written` over the statements' results. */
async function runCounted(tx: ManagedTransaction, statements: readonly Statement[]): Promise<number> {
  let written = 0;
  for (const statement of statements) {
    for (const record of await run(tx, statement)) written += toNumber(record.get('written'));
  }
  return written;
}

/** Creates the constraint and indexes when missing and waits for them. Each runs in its own transaction. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = openSession(driver, database, true);
  try {
    for (const statement of [...schemaStatements(), awaitIndexesStatement()]) {
      await session.run(statement.cypher, { ...statement.params });
    }
    await session.run(ENSURE_GRAPH_LOCK);
  } finally {
    await session.close();
  }
}

export async function loadSeed(driver: Driver, seed: Seed, options: LoadOptions = {}): Promise<LoadResult> {
  await applySchema(driver, options.database);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  // Built before the transaction: pure work that should not hold it open (or run again on a retry).
  const nodeStatements = upsertNodeStatements(seed, batchSize);
  const relationshipStatements = upsertRelationshipStatements(seed, batchSize);
  const expectedNodes = seed.entities.length;
  const expectedRelationships = seed.relations.length;

  const session = openSession(driver, options.database, true);
  try {
    // executeWrite may run this function again after a transient error, so it only depends on its arguments.
    return await session.executeWrite(async (tx) => {
      // First: readers hold a shared lock on this node per transaction, so from here to commit no reader sees the
      // graph, and the reload waits for the readers already running (see lock.ts).
      await tx.run(GRAPH_WRITE_LOCK);
      if (options.reset) await run(tx, deleteAllEntitiesStatement());
      await run(tx, deleteStaleEntitiesStatement(seed));
      await run(tx, deleteStaleRelationshipsStatement(seed));

      const nodesWritten = await runCounted(tx, nodeStatements);
      if (nodesWritten !== expectedNodes) {
        throw new SeedLoadError(
          `wrote ${nodesWritten} entities but the seed has ${expectedNodes}; nothing was changed`,
        );
      }
      // A relationship whose end is missing is silently skipped by MATCH; the count catches it.
      const relationshipsWritten = await runCounted(tx, relationshipStatements);
      if (relationshipsWritten !== expectedRelationships) {
        throw new SeedLoadError(
          `wrote ${relationshipsWritten} relationships but the seed has ${expectedRelationships}; nothing was changed`,
        );
      }

      // The timeline of the whole graph starts from the marked entities (dated.ts).
      for (const cypher of MARK_DATED) await tx.run(cypher);

      const [counts] = await run(tx, countStatement());
      const nodes = toNumber(counts?.get('nodes'));
      const relationships = toNumber(counts?.get('relationships'));
      if (nodes !== expectedNodes || relationships !== expectedRelationships) {
        // E.g. two seed entities with one id: MERGE folds them into one node.
        throw new SeedLoadError(
          `the graph would hold ${nodes} entities and ${relationships} relationships, but the seed has ` +
            `${expectedNodes} and ${expectedRelationships}; nothing was changed`,
        );
      }
      await run(tx, seedMetaStatement(seed.version, nodes, relationships));
      await options.beforeCommit?.(tx);
      return { nodes, relationships, version: seed.version };
    }, LOAD_TRANSACTION_CONFIG);
  } finally {
    await session.close();
  }
}

/** The version of the seed the graph holds, or null when no seed was ever loaded. */
export async function readSeedVersion(
  driver: Driver,
  options: { readonly database?: string } = {},
): Promise<string | null> {
  const session = openSession(driver, options.database, false);
  try {
    const records = await session.executeRead(async (tx) => run(tx, readSeedVersionStatement()));
    const version: unknown = records[0]?.get('version');
    return typeof version === 'string' ? version : null;
  } finally {
    await session.close();
  }
}
