/**
 * What every resolver receives: the database and a request-scoped logger; plus what @neo4j/graphql's generated
 * resolvers read (the driver as executionContext, the database name and the transaction timeout).
 */
import type { Driver } from 'neo4j-driver';
import type { Db } from '../db/driver';
import type { Logger } from '../logger';

export interface GraphQLContext {
  readonly db: Db;
  readonly log: Logger;
  readonly executionContext: Driver;
  readonly sessionConfig: { database?: string };
  readonly transaction: { timeout: number };
}

export function createContext(db: Db, log: Logger): GraphQLContext {
  return {
    db,
    log,
    executionContext: db.driver,
    sessionConfig: db.database ? { database: db.database } : {},
    transaction: { timeout: db.queryTimeoutMs },
  };
}
