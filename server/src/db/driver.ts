/**
 * The one module that holds the neo4j-driver. Every read and write goes through a managed transaction
 * (executeRead/executeWrite, which retry transient failures) with a database-side timeout.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { toDatabaseError } from './errors';

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
}

export interface Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** The database-side limit for one transaction, also handed to @neo4j/graphql's generated queries. */
  readonly queryTimeoutMs: number;
  read<T extends RecordShape>(query: CypherQuery): Promise<T[]>;
  write<T extends RecordShape>(query: CypherQuery): Promise<T[]>;
  /** Runs several reads in one transaction (one consistent snapshot). */
  readTx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R>;
  verify(): Promise<void>;
  close(): Promise<void>;
}

/**
 * JavaScript has one number type and the driver sends every number as a Cypher FLOAT, which `LIMIT`, `range()`
 * and list slices reject; builders pass plain numbers, and safe integers travel as Cypher INTEGER.
 */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

export function createDb(options: DbOptions): Db {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Fail fast when the database is down: the API answers SERVICE_UNAVAILABLE instead of hanging.
    connectionAcquisitionTimeout: 5000,
    connectionTimeout: 5000,
    maxTransactionRetryTime: 3000,
    disableLosslessIntegers: true,
    userAgent: 'dual-use-ai-atlas',
  });
  const database = options.database;
  const txConfig = { timeout: options.queryTimeoutMs };

  async function run<R>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'read' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  const records = async <T extends RecordShape>(tx: ManagedTransaction, query: CypherQuery): Promise<T[]> => {
    const result = await tx.run<T>(query.cypher, toCypherParams(query.params));
    return result.records.map((record) => record.toObject());
  };

  return {
    driver,
    database,
    queryTimeoutMs: options.queryTimeoutMs,
    read: (query) => run('read', (tx) => records(tx, query)),
    write: (query) => run('write', (tx) => records(tx, query)),
    readTx: (work) => run('read', work),
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
    close: () => driver.close(),
  };
}
