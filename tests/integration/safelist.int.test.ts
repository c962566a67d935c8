// GRAPHQL_SAFELIST=true: the explorer's own operations, as the client sends them (its .graphql file with the shared
// fragments appended), are answered; any other document, however harmless, is refused with OPERATION_NOT_ALLOWED.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFragments } from '../../client/src/api/fragments';
import { createDb, type Db } from '../../server/src/db/driver';
import { createContext } from '../../server/src/graphql/context';
import { CLIENT_OPERATIONS_DIR, readSafelist } from '../../server/src/graphql/safelist';
import { createApollo } from '../../server/src/http/app';
import { createLogger } from '../../server/src/logger';
import { inject } from 'vitest';
import '../setup/provided';

describe('the operation safelist', () => {
  let db: Db;
  let apollo: Awaited<ReturnType<typeof createApollo>>;

  const execute = async (query: string, variables: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(db, createLogger('silent')) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  beforeAll(async () => {
    db = createDb({ ...inject('neo4j'), queryTimeoutMs: 10_000 });
    apollo = await createApollo({ development: false, safelist: true });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await db.close();
  });

  it('is read from every operation in the client', () => {
    const safelist = readSafelist();
    expect(safelist.operations.size).toBeGreaterThanOrEqual(8);
    expect([...safelist.fragments].some((f) => f.startsWith('fragment EntityRef'))).toBe(true);
  });

  it('answers the client’s own search, sent as the client sends it, and refuses anything else', async () => {
    const search = withFragments(readFileSync(path.join(CLIENT_OPERATIONS_DIR, 'search.graphql'), 'utf8'));
    const allowed = await execute(search, { text: 'Wassenaar', limit: 5 });
    expect(allowed.errors).toBeUndefined();
    expect(JSON.stringify(allowed.data)).toContain('regime:wassenaar');

    // The same field, asked for differently: not the client's document.
    const other = await execute('{ search(text: "Wassenaar") { id } }', {});
    expect(other.data).toBeUndefined();
    expect(other.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');

    // The client's operation whose shared fragment asks for more than the client's does.
    const smuggled = search.replace(/fragment EntityRef on Entity \{/, 'fragment EntityRef on Entity {\n  summary');
    expect(smuggled).not.toBe(search);
    const widened = await execute(smuggled, { text: 'x' });
    expect(widened.data).toBeUndefined();
    expect(widened.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });
});
