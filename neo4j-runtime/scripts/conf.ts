/** Writes the local Neo4j's neo4j.conf: loopback only, no usage reporting, small memory for a 2-core machine. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLUGINS_DIR } from './paths';

export interface LocalNeo4jPorts {
  readonly boltPort: number;
  readonly httpPort: number;
}

export function renderNeo4jConf(home: string, ports: LocalNeo4jPorts): string {
  const dir = (name: string) => path.join(home, name);
  return [
    '# Written by neo4j-runtime/scripts/conf.ts on every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${ports.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${ports.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${ports.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${ports.httpPort}`,
    'server.https.enabled=false',
    // Only loopback can reach it; a local development database needs no password.
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    'server.memory.pagecache.size=128m',
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
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    '',
  ].join('\n');
}

export function writeNeo4jConf(home: string, ports: LocalNeo4jPorts): string {
  const confDir = path.join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  writeFileSync(path.join(confDir, 'neo4j.conf'), renderNeo4jConf(home, ports));
  return confDir;
}

/** The JVM flags Neo4j's own launcher would pass, sized for a 2-core, small-heap machine. */
export const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx768m',
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
