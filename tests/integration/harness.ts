/**
 * Shared pieces for integration tests: a Db on the test database from the global setup, and an in-process
 * Apollo server whose operations run through server.executeOperation against that real database.
 */
import type { GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import { connectTo } from '../../server/src/db/connect';
import type { Db } from '../../server/src/db/driver';
import { createContext } from '../../server/src/graphql/context';
import { createApollo } from '../../server/src/http/app';
import { createLogger } from '../../server/src/logger';
import '../setup/provided';

export function testDb(overrides: { queryTimeoutMs?: number } = {}): Db {
  const target = inject('neo4j');
  if (!target.uri) throw new Error('The integration tier needs the Neo4j from tests/setup/global.ts.');
  return connectTo(target, { queryTimeoutMs: overrides.queryTimeoutMs ?? 10_000 }).db;
}

export interface OperationResult<T> {
  readonly data: T | null | undefined;
  readonly errors: readonly GraphQLFormattedError[] | undefined;
}

export async function startTestApi(db: Db, options: { development?: boolean; today?: () => string } = {}) {
  const apollo = await createApollo({ development: options.development ?? false });
  await apollo.start();
  const log = createLogger('silent');
  const contextValue = createContext(db, log, options.today ? { today: options.today } : {});
  return {
    async execute<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<OperationResult<T>> {
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
    },
    stop: () => apollo.stop(),
  };
}
