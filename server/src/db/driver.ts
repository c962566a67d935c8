/**
 * The one module that holds the neo4j-driver. Every read and write goes through a managed transaction
 * (executeRead/executeWrite, which retry transient failures) with a database-side timeout.
 *
 * A request works through `db.forRequest(...)`: a view of the same driver that runs at most a few transactions at
 * once (so one request cannot take the connection pool) and none past the request's deadline; when the deadline
 * passes, open transactions are cancelled (their sessions closed, which resets the connection and stops the query on
 * the server) and callers get a DatabaseUnavailableError at once instead of waiting for the database.
 *
 * Every read transaction first takes a shared lock on the graph's lock node (see graph-seed's loader), so a reload of
 * the seed, which takes that lock exclusively, is never seen half-done: a read sees the old graph or the new one. A
 * read of one statement carries the lock in its own first clause and runs through executeQuery (one round trip
 * less); a transaction of several statements takes it in its first statement the same way, or runs it as a statement
 * of its own first when that statement cannot carry it.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, deadlineExceeded, toDatabaseError } from './errors';
import { GRAPH_READ_LOCK, withGraphReadLock } from '../../../graph-seed/src/lock';
import { Semaphore } from './semaphore';

export interface CypherQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

export interface DbOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string | undefined;
  readonly queryTimeoutMs: number;
  /** Most connections to each database server (default 100, the driver's own). */
  readonly maxConnectionPoolSize?: number;
  /** How long to wait for a connection from the pool or a new one (default 5 s). */
  readonly acquisitionTimeoutMs?: number;
}

export interface RequestScope {
  /** Aborted when the request's deadline passes or the client goes away. */
  readonly signal: AbortSignal;
  /** Epoch milliseconds after which no transaction may run. */
  readonly deadline: number;
  /** Transactions this request may run at once. */
  readonly maxConcurrent: number;
}

export interface Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** The database-side limit for one transaction, also handed to @neo4j/graphql's generated queries. */
  readonly queryTimeoutMs: number;
  read<T extends RecordShape>(query: CypherQuery): Promise<T[]>;
  write<T extends RecordShape>(query: CypherQuery): Promise<T[]>;
  /** Runs several reads in one transaction (one consistent snapshot). */
  readTx<R>(work: (tx: ManagedTransaction) => Promise<R>, options?: { timeoutMs?: number }): Promise<R>;
  /** The same database for one request: bounded concurrency, cancelled at the deadline. */
  forRequest(scope: RequestScope): Db;
  verify(): Promise<void>;
  close(): Promise<void>;
}

/**
 * JavaScript has one number type and the driver sends every number as a Cypher FLOAT, which `LIMIT`, `range()`
 * and list slices reject; builders pass plain numbers, and safe integers travel as Cypher INTEGER, in lists and maps
 * too.
 */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    }
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

/** Runs one query of an open read transaction; a reader of several dependent queries takes one (one snapshot). */
export type RunQuery = <T extends RecordShape>(query: CypherQuery) => Promise<T[]>;

/** Runs one query in a transaction and returns its records as objects. */
export async function records<T extends RecordShape>(tx: ManagedTransaction, query: CypherQuery): Promise<T[]> {
  const result = await tx.run<T>(query.cypher, toCypherParams(query.params));
  return result.records.map((record) => record.toObject());
}

/** Rejects when `signal` aborts (with the error `why()` gives then); never settles otherwise. */
function abortion(signal: AbortSignal, why: () => Error): { promise: Promise<never>; dispose: () => void } {
  const listener: { onAbort?: () => void } = {};
  const promise = new Promise<never>((_resolve, reject) => {
    listener.onAbort = () => {
      reject(why());
    };
    signal.addEventListener('abort', listener.onAbort, { once: true });
  });
  promise.catch(() => undefined); // raced, never awaited alone
  return {
    promise,
    dispose: () => {
      if (listener.onAbort) signal.removeEventListener('abort', listener.onAbort);
    },
  };
}

/**
 * A read transaction's `tx` that takes the graph's read lock before the work's first statement reads anything:
 * folded into that statement when it can carry it (lock.ts `withGraphReadLock`), else as a statement of its own,
 * sent just before it without waiting (pipelined: the server runs it first, at no extra round trip). The statements
 * of one transaction run in the order they are sent, and the lock is the first thing the first of them does.
 * `lock()` settles with the separate lock statement's outcome (at once when it was folded or nothing ran).
 */
function lockingFirst(tx: ManagedTransaction): { tx: ManagedTransaction; lock: () => Promise<void> } {
  let first = true;
  let lock: Promise<unknown> = Promise.resolve();
  const plain = tx.run.bind(tx) as (...args: unknown[]) => unknown;
  const run = (query: unknown, ...rest: unknown[]): unknown => {
    if (!first) return plain(query, ...rest);
    first = false;
    const folded = typeof query === 'string' ? withGraphReadLock(query) : undefined;
    if (folded !== undefined) return plain(folded, ...rest);
    lock = tx.run(GRAPH_READ_LOCK).summary();
    // When the work fails (or is cancelled) first, the lock's own failure is that same failure: never unhandled.
    lock.catch(() => undefined);
    return plain(query, ...rest);
  };
  const proxy = new Proxy(tx, {
    get: (target, property, receiver): unknown => (property === 'run' ? run : Reflect.get(target, property, receiver)),
  });
  return {
    tx: proxy,
    lock: async () => {
      await lock;
    },
  };
}

export function createDb(options: DbOptions): Db {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Fail fast when the database is down: the API answers SERVICE_UNAVAILABLE instead of hanging.
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    connectionTimeout: 5000,
    maxTransactionRetryTime: 3000,
    disableLosslessIntegers: true,
    userAgent: 'dual-use-ai-atlas',
  });
  const database = options.database;

  /** Where one transaction runs, once the request's turn has come: `started` marks that a transaction is open. */
  type Execute<R> = (control: { signal: AbortSignal; timeoutMs: number; started: () => void }) => Promise<R>;

  /**
   * Runs one transaction for a request's scope (or none): waits for the request's turn, bounds the transaction by
   * the request's deadline, and when the deadline passes aborts `control.signal` (which ends the transaction) and
   * rejects at once instead of waiting for the database.
   */
  async function scoped<R>(
    execute: Execute<R>,
    scope: (RequestScope & { semaphore: Semaphore }) | undefined,
    timeoutMs: number,
  ): Promise<R> {
    if (scope?.signal.aborted) throw deadlineExceeded(false);
    const release = scope ? await scope.semaphore.acquire(scope.signal) : undefined;
    const remaining = scope ? scope.deadline - Date.now() : timeoutMs;
    if (remaining <= 0) {
      release?.();
      throw deadlineExceeded(false);
    }
    // Set once the driver has a connection and a transaction: before that, a deadline means "cannot be reached".
    const state = { cancelled: false, started: false };
    const abort = new AbortController();
    const cancel = scope ? abortion(scope.signal, () => deadlineExceeded(state.started)) : undefined;
    const onAbort = () => {
      state.cancelled = true;
      abort.abort();
    };
    scope?.signal.addEventListener('abort', onAbort, { once: true });
    try {
      const execution = execute({
        signal: abort.signal,
        timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
        started: () => {
          state.started = true;
        },
      });
      return await (cancel ? Promise.race([execution, cancel.promise]) : execution);
    } catch (error) {
      if (state.cancelled) throw deadlineExceeded(state.started);
      throw toDatabaseError(error);
    } finally {
      cancel?.dispose();
      scope?.signal.removeEventListener('abort', onAbort);
      release?.();
    }
  }

  /** A managed transaction of a session; a read takes the graph's read lock before its first statement reads. */
  const inSession =
    <R>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<R>): Execute<R> =>
    async ({ signal, timeoutMs, started }) => {
      const session = driver.session({
        database,
        defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      // Closing the session resets its connection, which terminates the running query on the server.
      const close = () => {
        session.close().catch(() => undefined);
      };
      signal.addEventListener('abort', close, { once: true });
      const locked = async (tx: ManagedTransaction) => {
        started();
        const reading = lockingFirst(tx);
        const result = await work(reading.tx);
        await reading.lock();
        return result;
      };
      const begun = (tx: ManagedTransaction) => {
        started();
        return work(tx);
      };
      try {
        return await (mode === 'read'
          ? session.executeRead(locked, { timeout: timeoutMs })
          : session.executeWrite(begun, { timeout: timeoutMs }));
      } finally {
        signal.removeEventListener('abort', close);
        // After a cancellation the close is already under way; awaiting it could wait on a frozen database.
        if (!signal.aborted) await session.close();
      }
    };

  /**
   * A read of one statement that carries the read lock itself (lock.ts `withGraphReadLock`), through the driver's
   * executeQuery: still a managed, retried read transaction, but its BEGIN is pipelined with the statement instead
   * of waiting for the server's answer, and there is no lock statement, so it costs one round trip and one statement
   * less than a session's. No bookmarks: reads need no causal chain to one another.
   */
  const oneStatement =
    <T extends RecordShape>(cypher: string, params: Record<string, unknown>): Execute<T[]> =>
    ({ signal, timeoutMs, started }) =>
      driver.executeQuery(cypher, toCypherParams(params), {
        routing: neo4j.routing.READ,
        database,
        bookmarkManager: null,
        transactionConfig: { timeout: timeoutMs },
        signal,
        resultTransformer: async (result) => {
          // The work runs before BEGIN is answered (pipelined), so the transaction counts as started only once the
          // server has answered the statement: a database that never answers is "cannot be reached", as in a session.
          result.keys().then(started, () => undefined);
          return (await result).records.map((record) => record.toObject() as T);
        },
      });

  const readOne = <T extends RecordShape>(
    query: CypherQuery,
    scope: (RequestScope & { semaphore: Semaphore }) | undefined,
  ): Promise<T[]> => {
    const folded = withGraphReadLock(query.cypher);
    const execute =
      folded === undefined ? inSession('read', (tx) => records<T>(tx, query)) : oneStatement<T>(folded, query.params);
    return scoped(execute, scope, options.queryTimeoutMs);
  };

  const view = (scope: (RequestScope & { semaphore: Semaphore }) | undefined): Db => ({
    driver,
    database,
    queryTimeoutMs: options.queryTimeoutMs,
    read: (query) => readOne(query, scope),
    write: (query) =>
      scoped(
        inSession('write', (tx) => records(tx, query)),
        scope,
        options.queryTimeoutMs,
      ),
    readTx: (work, txOptions) => scoped(inSession('read', work), scope, txOptions?.timeoutMs ?? options.queryTimeoutMs),
    forRequest: (next) => view({ ...next, semaphore: new Semaphore(next.maxConcurrent) }),
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
    close: () => driver.close(),
  });
  return view(undefined);
}

export { DatabaseUnavailableError };
