/**
 * A stand-in for the neo4j Driver that @neo4j/graphql's generated resolvers accept (it only needs `session()`), whose
 * sessions run their read transactions through the request's Db view. The generated queries therefore obey the same
 * deadline, concurrency cap and graph read lock as the hand-written ones. The API is read-only: writes are refused.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/driver';

interface SessionLike {
  executeRead<R>(work: (tx: ManagedTransaction) => Promise<R>, config?: { timeout?: number }): Promise<R>;
  executeWrite(): Promise<never>;
  close(): Promise<void>;
}

export interface DriverLike {
  session(): SessionLike;
  readonly executeQueryBookmarkManager: undefined;
}

export function requestDriver(db: Db): DriverLike {
  const session: SessionLike = {
    executeRead: (work, config) =>
      db.readTx(work, config?.timeout === undefined ? undefined : { timeoutMs: config.timeout }),
    executeWrite: () => Promise.reject(new Error('This API is read-only.')),
    close: () => Promise.resolve(),
  };
  return { session: () => session, executeQueryBookmarkManager: undefined };
}
