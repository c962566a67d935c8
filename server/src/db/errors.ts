/**
 * Turns driver failures into the two things callers care about: the database is unreachable or too slow
 * (a person should retry later), or the query itself is wrong (a bug, never the user's fault).
 */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * The error for work cut short by its request's deadline: "cannot be reached" when no transaction had started yet (the
 * database is down or frozen, or the pool is exhausted), "took too long" when a query was running.
 */
export function deadlineExceeded(started = true): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    started ? 'The graph database took too long to answer.' : 'The graph database cannot be reached right now.',
  );
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function isTimeout(error: Neo4jError): boolean {
  return (
    error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    error.code === 'Neo.TransientError.Transaction.LockClientStopped' ||
    error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
    error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    error.code === 'Neo.TransientError.General.TransactionMemoryLimit' ||
    // The pool's own timeouts carry no code, only their message.
    /^Connection acquisition timed out|^Failed to establish connection|^Connection (was )?closed/i.test(error.message)
  );
}

export function toDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.retryable) {
      return new DatabaseUnavailableError('The graph database cannot be reached right now.', { cause: error });
    }
    if (isTimeout(error)) {
      return new DatabaseUnavailableError('The graph database took too long to answer.', { cause: error });
    }
  }
  return error;
}
