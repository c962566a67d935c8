/**
 * The bulk load path: a graph written by `npm run gen -- --format bulk` goes into a fresh local database with
 * Neo4j's offline importer (`neo4j-admin database import full`), then the database starts, gets the schema the
 * server expects (the seed loader's schema statements: constraint, full-text and other indexes; the read-lock node)
 * and records the real seed's version in SeedMeta.
 *
 * What it guarantees, and what it does not:
 * - Fresh databases only. The importer writes a new store; it cannot add to a graph. The home must not hold a
 *   database unless `replace` is set, which deletes the home's data first. The database must not be running.
 * - All or nothing per import run: the importer fails on the first bad row (`--bad-tolerance=0`), and the counts it
 *   reports are checked against meta.json; on any failure there is no usable database and nothing is started.
 * - No per-row validation: the CSV is trusted to be what the generator wrote from a validated seed (the seed loader
 *   stays the path for the real seed, validating and loading in one transaction).
 * - SeedMeta holds the real seed's version because the graph contains the real seed: a server started on it sees
 *   its seed and does not reload (which would replace the whole graph). A changed seed means a new graph.
 * - An empty list (an entity without aliases) cannot be written in the importer's CSV, so it is left unset where the
 *   loader writes []; the server reads aliases through coalesce(…, []).
 * - Indexes are built after the import, online; the time is reported apart from the import's. Their population is
 *   polled rather than awaited in one call (db.awaitIndexes), which the database's 30 s transaction timeout would
 *   end at a million entities.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { seedMetaStatement } from '../../graph-seed/src/cypher';
import { ARRAY_DELIMITER, BULK_FILES, type BulkMeta } from '../../graph-seed/src/gen/writeBulk';
import { ENSURE_GRAPH_LOCK } from '../../graph-seed/src/lock';
import { MARK_DATED, schemaStatements } from '#domain';
import { importHeapFromEnv, memoryFromEnv, writeNeo4jConf, type Neo4jMemory } from './conf';
import { Neo4jStartError } from './errors';
import { findJava } from './java';
import { CLASSES_DIR, LIB_DIR } from './paths';
import { runningFromPidFile } from './pid';
import { startLocalNeo4j, type LocalNeo4j } from './runtime';

export interface BulkLoadOptions {
  /** The directory `npm run gen -- --format bulk` wrote. */
  readonly dir: string;
  /** The database home to create; must be free of a database unless `replace`. */
  readonly home: string;
  readonly replace?: boolean;
  readonly boltPort: number;
  readonly memory?: Neo4jMemory;
  /** The importer's JVM heap in MiB (it works mostly off-heap); default NEO4J_IMPORT_HEAP, else 1 GiB. */
  readonly importHeapMb?: number;
  readonly log?: (line: string) => void;
}

export interface BulkLoadResult {
  /** The started database; the caller stops it. */
  readonly local: LocalNeo4j;
  readonly nodes: number;
  readonly relationships: number;
  /** The importer's run, JVM start to exit. */
  readonly importSeconds: number;
  /** The importer's JVM heap, MiB. */
  readonly importHeapMb: number;
  /** The importer's own node and relationship stages, as its log reports them; undefined if it printed none. */
  readonly stages?: ImportStages;
  /** Start of the database, indexes created and online. */
  readonly startSeconds: number;
  readonly schemaSeconds: number;
}

export function readBulkMeta(dir: string): BulkMeta {
  const file = path.join(dir, BULK_FILES.meta);
  if (!existsSync(file)) throw new Neo4jStartError(`${file} is missing: run \`npm run gen -- --format bulk\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BulkMeta;
}

/** The importer's "Imported: N nodes, M relationships" summary; undefined when it printed none. */
export function parseImportCounts(output: string): { nodes: number; relationships: number } | undefined {
  const nodes = /Imported:\s+(\d+) nodes\s+(\d+) relationships/u.exec(output);
  if (!nodes?.[1] || !nodes[2]) return undefined;
  return { nodes: Number(nodes[1]), relationships: Number(nodes[2]) };
}

/** How long the importer's node and relationship stages took, in seconds. */
export interface ImportStages {
  readonly nodeSeconds: number;
  readonly relationshipSeconds: number;
}

/** Reads "Node import COMPLETED in 19s 528ms" and "Relationship import COMPLETED in 1m 2s 5ms" from the importer's log. */
export function parseImportStages(output: string): ImportStages | undefined {
  const seconds = (stage: string): number | undefined => {
    const match = new RegExp(`${stage} import COMPLETED in ((?:\\d+[a-z]+ ?)+)`, 'u').exec(output);
    if (!match?.[1]) return undefined;
    const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
    let total = 0;
    for (const [, value, name] of match[1].matchAll(/(\d+)([a-z]+)/gu)) {
      const factor = unit[name ?? ''];
      if (factor === undefined) return undefined;
      total += Number(value) * factor;
    }
    return total;
  };
  const nodeSeconds = seconds('Node');
  const relationshipSeconds = seconds('Relationship');
  return nodeSeconds === undefined || relationshipSeconds === undefined
    ? undefined
    : { nodeSeconds, relationshipSeconds };
}

async function runImport(options: BulkLoadOptions, confDir: string, heapMb: number): Promise<string> {
  const { dir, home } = options;
  const java = findJava();
  const file = (name: string) => path.join(dir, name);
  const logFile = path.join(home, 'logs', 'import.log');
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = openSync(logFile, 'w');
  const child = spawn(
    java.bin,
    [
      `-Xmx${heapMb}m`,
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      `--nodes=${file(BULK_FILES.nodesHeader)},${file(BULK_FILES.nodes)}`,
      `--relationships=${file(BULK_FILES.relationshipsHeader)},${file(BULK_FILES.relationships)}`,
      `--array-delimiter=${ARRAY_DELIMITER}`,
      // The import ids are the generator's integer indexes (writeBulk.ts NODE_HEADER).
      '--id-type=integer',
      '--overwrite-destination=true',
      '--bad-tolerance=0',
      `--report-file=${path.join(home, 'logs', 'import.report')}`,
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir }, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const output = readFileSync(logFile, 'utf8');
  if (code !== 0) {
    throw new Neo4jStartError(
      `neo4j-admin database import failed (exit ${code}); see ${logFile}:\n${output.slice(-2000)}`,
    );
  }
  return output;
}

/** Creates the constraint and indexes, waits until every index is online (polling), then the read-lock node. */
async function createSchema(driver: Driver, timeoutMs = 60 * 60_000): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement.cypher, { ...statement.params });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
    );
    if (records.length === 0) break;
    const failed = records.find((record) => record.get('state') === 'FAILED');
    if (failed) throw new Neo4jStartError(`index ${String(failed.get('name'))} failed to populate`);
    if (Date.now() > deadline) throw new Neo4jStartError('the indexes did not come online in time');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await driver.executeQuery(ENSURE_GRAPH_LOCK);
  // As the seed loader does in its transaction: the whole graph's timeline starts from these entities.
  for (const cypher of MARK_DATED) await driver.executeQuery(cypher);
}

export async function bulkLoad(options: BulkLoadOptions): Promise<BulkLoadResult> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const home = path.resolve(options.home);
  const meta = readBulkMeta(options.dir);
  // A pid file left by a database that is gone (a crash, a restarted machine) is removed, not obeyed.
  const running = runningFromPidFile(home, log);
  if (running !== undefined) throw new Neo4jStartError(`A Neo4j (pid ${running.pid}) runs in ${home}; stop it first.`);
  if (existsSync(path.join(home, 'data'))) {
    if (options.replace !== true)
      throw new Neo4jStartError(`${home} already holds a database; the bulk path needs a fresh one.`);
    rmSync(path.join(home, 'data'), { recursive: true, force: true });
  }
  const memory = options.memory ?? memoryFromEnv();
  const importHeapMb = options.importHeapMb ?? importHeapFromEnv();
  const confDir = writeNeo4jConf(home, { boltPort: options.boltPort, memory });

  log(`Importing ${meta.nodes} entities and ${meta.relationships} relationships into ${home}…`);
  let started = performance.now();
  const output = await runImport(options, confDir, importHeapMb);
  const counts = parseImportCounts(output);
  const stages = parseImportStages(output);
  const importSeconds = (performance.now() - started) / 1000;
  if (counts?.nodes !== meta.nodes || counts.relationships !== meta.relationships) {
    throw new Neo4jStartError(
      `the importer reported ${counts?.nodes ?? '?'} nodes and ${counts?.relationships ?? '?'} relationships, ` +
        `but ${options.dir} holds ${meta.nodes} and ${meta.relationships}`,
    );
  }

  started = performance.now();
  const local = await startLocalNeo4j({ home, boltPort: options.boltPort, memory, log });
  const startSeconds = (performance.now() - started) / 1000;
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password));
  try {
    // Every node must be an entity: a labels field the import misread (a wrong array delimiter) would leave the
    // counts right and the graph unreadable. The label count comes from the count store, not a scan.
    const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS entities');
    const entities = Number(records[0]?.get('entities') ?? -1);
    if (entities !== meta.nodes) {
      throw new Neo4jStartError(
        `the import holds ${entities} nodes labelled Entity, but ${options.dir} has ${meta.nodes}`,
      );
    }
    started = performance.now();
    await createSchema(driver);
    const schemaSeconds = (performance.now() - started) / 1000;
    const statement = seedMetaStatement(meta.seedVersion, meta.nodes, meta.relationships);
    await driver.executeQuery(statement.cypher, { ...statement.params });
    return {
      local,
      nodes: meta.nodes,
      relationships: meta.relationships,
      importSeconds,
      importHeapMb,
      ...(stages ? { stages } : {}),
      startSeconds,
      schemaSeconds,
    };
  } catch (error) {
    await local.stop();
    throw error;
  } finally {
    await driver.close();
  }
}

/** One line for logs and RESULTS.md: the import's rates, then the index build. */
export function describeBulkLoad(result: Omit<BulkLoadResult, 'local'>): string {
  const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en-US');
  const { stages } = result;
  const inStages = stages
    ? `; the importer's node stage ${stages.nodeSeconds.toFixed(1)} s (${rate(result.nodes, stages.nodeSeconds)} ` +
      `nodes/s), its relationship stage ${stages.relationshipSeconds.toFixed(1)} s ` +
      `(${rate(result.relationships, stages.relationshipSeconds)} relationships/s)`
    : '';
  return (
    `Imported ${result.nodes.toLocaleString('en-US')} entities and ${result.relationships.toLocaleString('en-US')} ` +
    `relationships in ${result.importSeconds.toFixed(1)} s (${rate(result.nodes, result.importSeconds)} nodes/s, ` +
    `${rate(result.relationships, result.importSeconds)} relationships/s over the whole import run${inStages}; ` +
    `importer heap ${result.importHeapMb} MiB); ` +
    `database start ${result.startSeconds.toFixed(1)} s, indexes ${result.schemaSeconds.toFixed(1)} s.`
  );
}
