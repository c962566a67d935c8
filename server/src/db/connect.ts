/**
 * Picks the database: the external one named by NEO4J_URI, or else the project's local Neo4j
 * (reusing one already started by `npm run db:start`, otherwise starting one tied to this process). The local
 * one's password comes from its home's password file (neo4j-runtime/scripts/auth.ts).
 */
import { findRunningLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from '../../../neo4j-runtime/scripts/runtime';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDb, type Db } from './driver';

export interface Connection {
  readonly db: Db;
  readonly description: string;
  /** Closes the driver and stops a local database this process started. */
  close(): Promise<void>;
}

export async function connect(config: Config, log: Logger): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let target: { uri: string; user: string; password: string; database: string | undefined };
  if (config.NEO4J_URI && config.NEO4J_USER && config.NEO4J_PASSWORD) {
    target = {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    };
  } else {
    local =
      (await findRunningLocalNeo4j(undefined, (line) => {
        log.warn(line);
      })) ??
      (await startLocalNeo4j({
        boltPort: config.NEO4J_LOCAL_BOLT_PORT,
        memory: { heapMb: config.NEO4J_HEAP, pageCacheMb: config.NEO4J_PAGECACHE },
        log: (line) => {
          log.info(line);
        },
      }));
    target = { uri: local.uri, user: local.user, password: local.password, database: undefined };
  }
  const db = createDb({ ...target, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  const description = local
    ? `local Neo4j at ${local.uri} (logs: ${local.logsDir})`
    : `external Neo4j at ${target.uri}`;
  return {
    db,
    description,
    async close() {
      await db.close();
      if (local?.startedHere) await local.stop();
    },
  };
}
