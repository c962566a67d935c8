/**
 * Writes the local Neo4j's neo4j.conf and its JVM flags: loopback only, Bolt only, password required, only the
 * procedures the project needs, no URL loading, bounded transaction memory, sized for a 2-core machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_IMPORT_HEAP_MB,
  DEFAULT_MEMORY,
  parseMemorySize,
  type MemoryVariable,
  type Neo4jMemory,
} from '../contract/memory';
import { Neo4jStartError } from './errors';
import { PLUGINS_DIR } from './paths';

// The size rule lives in ../contract, where the server's configuration reads it too.
export { parseMemorySize } from '../contract/memory';
export type { Neo4jMemory } from '../contract/memory';

/** One memory size from the environment, in MiB (unset or empty means `fallback`); a bad size stops the start. */
function memoryVariable(env: NodeJS.ProcessEnv, variable: MemoryVariable, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const parsed = parseMemorySize(variable, raw);
  if ('error' in parsed) throw new Neo4jStartError(`${variable} ${parsed.error}.`);
  return parsed.mb;
}

/** The local Neo4j's memory from NEO4J_HEAP and NEO4J_PAGECACHE (unset or empty means the default). */
export function memoryFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jMemory {
  return {
    heapMb: memoryVariable(env, 'NEO4J_HEAP', DEFAULT_MEMORY.heapMb),
    pageCacheMb: memoryVariable(env, 'NEO4J_PAGECACHE', DEFAULT_MEMORY.pageCacheMb),
  };
}

/** The bulk importer's heap from NEO4J_IMPORT_HEAP, in MiB (unset or empty means DEFAULT_IMPORT_HEAP_MB). */
export function importHeapFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return memoryVariable(env, 'NEO4J_IMPORT_HEAP', DEFAULT_IMPORT_HEAP_MB);
}

/**
 * Largest memory one transaction may use: 256 MiB, or half the heap when that is smaller. The seed loader's single
 * transaction (the whole graph) fits well within it; the integration tests load the whole seed under this limit.
 */
export function transactionMaxMb(memory: Neo4jMemory): number {
  return Math.min(256, Math.floor(memory.heapMb / 2));
}

/**
 * What may be called from the APOC plugin. Neo4j's built-in procedures (db.*, dbms.*) are not plugins and stay
 * available: the project uses db.index.fulltext.queryNodes and db.awaitIndexes, and @neo4j/graphql dbms.components.
 * - apoc.util.validate, apoc.util.validatePredicate, apoc.date.convertFormat: what @neo4j/graphql 7 generates
 *   (its REQUIRED_APOC_FUNCTIONS and authorization checks);
 * - apoc.util.sleep: the tests hold a transaction open with it to exercise the query timeout; it reads and writes
 *   nothing, and the transaction timeout ends it.
 * - apoc.lock.read.nodes: every read of the API takes the graph's shared read lock (graph-seed/src/lock.ts).
 * Everything else, apoc.load.* (which fetches URLs) and apoc.cypher.* (which runs arbitrary Cypher) included, is not
 * loaded. No procedure is `unrestricted`: none of these needs Neo4j's internal APIs.
 */
export const PROCEDURE_ALLOWLIST = [
  'apoc.util.validate',
  'apoc.util.validatePredicate',
  'apoc.date.convertFormat',
  'apoc.util.sleep',
  'apoc.lock.read.nodes',
] as const;

export interface Neo4jConfOptions {
  readonly boltPort: number;
  readonly memory?: Neo4jMemory;
}

export function renderNeo4jConf(home: string, options: Neo4jConfOptions): string {
  const dir = (name: string) => path.join(home, name);
  const memory = options.memory ?? DEFAULT_MEMORY;
  const { boltPort } = options;
  return [
    '# Written by neo4j-runtime/scripts/conf.ts on every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.bolt.tls_level=DISABLED',
    // Only Bolt is used. The HTTP API answered any Origin and any Host, so a web page could reach it (DNS rebinding).
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Loopback binding does not stop a browser on the same machine: a password is required (see auth.ts).
    'dbms.security.auth_enabled=true',
    `dbms.security.procedures.allowlist=${PROCEDURE_ALLOWLIST.join(',')}`,
    // LOAD CSV: no file:/// URLs, and every address is blocked for http(s) and ftp URLs. Community has no LOAD
    // privilege to deny; this blocklist is what refuses URLs (checked against the resolved address).
    'dbms.security.allow_csv_import_from_file_urls=false',
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${memory.pageCacheMb}m`,
    // One runaway query fails with a memory error instead of taking the heap; all transactions together keep to
    // Neo4j's default share of the heap (70 %), stated here so that it follows NEO4J_HEAP visibly.
    `db.memory.transaction.max=${transactionMaxMb(memory)}m`,
    `dbms.memory.transaction.total.max=${Math.floor(memory.heapMb * 0.7)}m`,
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=2 files',
    'db.transaction.timeout=30s',
    // Nothing long-running happens here; do not wait the default 10 s for transactions at shutdown.
    'db.shutdown_transaction_end_timeout=2s',
    // Netty's graceful Bolt shutdown otherwise idles 2 × 5 s before the JVM can exit.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=1',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.plugins=${PLUGINS_DIR}`,
    '',
  ].join('\n');
}

export function writeNeo4jConf(home: string, options: Neo4jConfOptions): string {
  const confDir = path.join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  writeFileSync(path.join(confDir, 'neo4j.conf'), renderNeo4jConf(home, options));
  return confDir;
}

/** The JVM flags Neo4j's own launcher would pass, sized for a 2-core, small-heap machine. */
export function jvmFlags(memory: Neo4jMemory = DEFAULT_MEMORY): string[] {
  return [
    `-Xms${Math.min(256, memory.heapMb)}m`,
    `-Xmx${memory.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+AlwaysPreTouch',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
