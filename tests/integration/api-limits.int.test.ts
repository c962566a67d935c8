// Abuse protection and error classes through the in-process API: depth, aliases, cost, read-only, the database-side
// timeout (SERVICE_UNAVAILABLE), and no internals in client-facing errors outside development mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { toCypherParams } from '../../server/src/db/driver';
import { DEFAULT_LIMITS } from '../../server/src/limits';
import { expectCode, idOf, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

describe('limits and error classes', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('rejects a query nested deeper than the depth limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `relations { other { ${selection} } }`;
    const result = await api.execute(`query Deep($id: ID!) { entity(id: $id) { ${selection} } }`, { id: h100 });
    const error = expectCode(result, 'QUERY_TOO_COMPLEX');
    expect(error.message).toBe(
      `The query is nested 14 levels deep; the maximum is ${DEFAULT_LIMITS.maxDepth}. Ask for fewer nested fields.`,
    );
    expect(result.data).toBeUndefined();
  });

  it('rejects more aliases than allowed, and accepts up to the limit', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: graphStats { nodes }`).join(' ');
    const ok = await api.execute(`{ ${fields(DEFAULT_LIMITS.maxAliases)} }`);
    expect(ok.errors).toBeUndefined();
    const error = expectCode(await api.execute(`{ ${fields(DEFAULT_LIMITS.maxAliases + 1)} }`), 'QUERY_TOO_COMPLEX');
    expect(error.message).toBe(
      `The query uses ${DEFAULT_LIMITS.maxAliases + 1} aliases; the maximum is ${DEFAULT_LIMITS.maxAliases}. Split it into several requests.`,
    );
  });

  it('rejects a query whose estimated cost is over the limit, using the variables it is sent with', async () => {
    const query = `query Costly($limit: Int) {
      search(text: "a", limit: $limit) { relations { other { relations { type other { id } } } } }
    }`;
    const cheap = await api.execute(query, { limit: 2 });
    expect(cheap.errors).toBeUndefined();
    const error = expectCode(await api.execute(query, { limit: 100 }), 'QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(
      new RegExp(
        `^The query's estimated cost is \\d+; the maximum is ${DEFAULT_LIMITS.maxCost}\\. Ask for fewer items`,
      ),
    );
    expect(error.extensions).toMatchObject({ limit: 'cost', max: DEFAULT_LIMITS.maxCost });
  });

  it('answers a malformed query and an unknown field without internals', async () => {
    expectCode(await api.execute('{ search(text: "x") { id '), 'GRAPHQL_PARSE_FAILED');
    const unknown = expectCode(await api.execute('{ entity(id: "x") { cypher } }'), 'GRAPHQL_VALIDATION_FAILED');
    expect(unknown.message).toContain('cypher');
    expectCode(
      await api.execute('query($d: Int) { neighborhood(id: "x", depth: $d) { truncated } }', { d: 'deep' }),
      'BAD_USER_INPUT',
    );
  });

  it('answers SERVICE_UNAVAILABLE with a readable message when a query runs past the database-side timeout', async () => {
    // A deliberately slow database: each read transaction first sleeps 6 s, and its timeout is 500 ms.
    // (Neo4j enforces transaction timeouts on a ~2 s monitor tick, so the query is cut at about 2 s.)
    const fast = testDb({ queryTimeoutMs: 500 });
    const slow: Db = {
      ...fast,
      read: <T extends Record<string, unknown>>(query: { cypher: string; params: Record<string, unknown> }) =>
        fast.readTx(async (tx) => {
          await tx.run('CALL apoc.util.sleep(6000)');
          const result = await tx.run(query.cypher, toCypherParams(query.params));
          return result.records.map((r) => r.toObject() as T);
        }),
      readTx: (work, options) =>
        fast.readTx(async (tx) => {
          await tx.run('CALL apoc.util.sleep(6000)');
          return work(tx);
        }, options),
    };
    const slowApi = await startTestApi(slow);
    try {
      const started = Date.now();
      const result = await slowApi.execute('query($id: ID!) { coverage(technologyId: $id) { via } }', { id: h100 });
      expect(Date.now() - started).toBeLessThan(5500);
      const error = expectCode(result, 'SERVICE_UNAVAILABLE');
      expect(error.message).toBe('The graph database took too long to answer. Please try again in a moment.');
      expect(JSON.stringify(result.errors)).not.toMatch(/MATCH|Neo\.ClientError|at .*\.ts/);
    } finally {
      await slowApi.stop();
      await fast.close();
    }
  });

  it('shows stack traces only in development mode', async () => {
    const devApi = await startTestApi(db, { development: true });
    try {
      const dev = await devApi.execute('{ neighborhood(id: "x", depth: 9) { truncated } }');
      expect(dev.errors?.[0]?.extensions?.stacktrace).toBeDefined();
      const prod = await api.execute('{ neighborhood(id: "x", depth: 9) { truncated } }');
      expect(prod.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    } finally {
      await devApi.stop();
    }
  });
});
