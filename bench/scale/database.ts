/**
 * The scale benchmark's database: a fresh bulk load of the generated graph into a temporary home, or, with
 * `--home DIR`, into DIR, kept afterwards, so that the next run with the same `--home` and graph starts the loaded
 * database instead of importing it again (an import of 1M entities and its indexes take minutes). A home holding
 * another graph (other sizes or seed), or one loaded before an index of today's schema existed, is loaded again.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { bulkLoad, describeBulkLoad, readBulkMeta } from '../../neo4j-runtime/scripts/bulkLoad';
import type { Neo4jMemory } from '../../neo4j-runtime/scripts/conf';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { schemaStatements } from '#domain';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';

export interface BenchDatabase {
  readonly local: LocalNeo4j;
  readonly nodes: number;
  readonly relationships: number;
  /** Stops the database, and removes its home unless it was asked for. */
  close(): Promise<void>;
}

/** The indexes and constraints today's schema creates, by name. */
function schemaNames(): string[] {
  return schemaStatements().flatMap(
    ({ cypher }) => /^CREATE .*(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/u.exec(cypher)?.[1] ?? [],
  );
}

/** The graph the database in `local` holds, from the metadata the bulk load writes, and whether its schema is today's. */
async function loadedGraph(local: LocalNeo4j) {
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery(
      "MATCH (m:SeedMeta {key: 'seed'}) RETURN m.version AS version, m.nodes AS nodes, m.relationships AS relationships",
    );
    const [record] = records;
    const present = new Set(
      (await driver.executeQuery('SHOW INDEXES YIELD name RETURN name')).records.map((row) => String(row.get('name'))),
    );
    const graph = record?.toObject() as { version: string; nodes: number; relationships: number } | undefined;
    return graph && { ...graph, schemaCurrent: schemaNames().every((name) => present.has(name)) };
  } finally {
    await driver.close();
  }
}

export async function openBenchDatabase(
  dir: string,
  home: string | undefined,
  memory: Neo4jMemory,
): Promise<BenchDatabase> {
  const meta = readBulkMeta(dir);
  const kept = home !== undefined;
  const where = home ?? mkdtempSync(path.join(os.tmpdir(), 'atlas-scale-neo4j-'));
  const boltPort = await freePort();
  // bulkLoad checks that the database holds exactly the generated graph's counts, so both paths answer those.
  const opened = (local: LocalNeo4j): BenchDatabase => ({
    local,
    nodes: meta.nodes,
    relationships: meta.relationships,
    close: async () => {
      await local.stop();
      if (!kept) rmSync(where, { recursive: true, force: true });
    },
  });
  if (kept && existsSync(path.join(where, 'data'))) {
    const local = await startLocalNeo4j({ home: where, boltPort, memory });
    const graph = await loadedGraph(local).catch(() => undefined);
    if (
      graph?.version === meta.seedVersion &&
      graph.nodes === meta.nodes &&
      graph.relationships === meta.relationships &&
      graph.schemaCurrent
    ) {
      console.log(`Reusing the database loaded in ${where}.`);
      return opened(local);
    }
    console.log(`${where} holds another graph; loading this one instead.`);
    await local.stop();
  }
  const loaded = await bulkLoad({ dir, home: where, boltPort, memory, replace: kept });
  console.log(describeBulkLoad(loaded));
  return opened(loaded.local);
}
