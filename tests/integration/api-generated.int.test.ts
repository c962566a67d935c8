// The per-kind queries @neo4j/graphql generates (filtering, sorting, pagination), on the real seeded graph.
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { expectCode, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

describe('generated per-kind queries', () => {
  let db: Db;
  let api: TestApi;

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('lists entities of one kind, sorted and paginated', async () => {
    const ids = await db.read<{ id: string }>({
      cypher: 'MATCH (n:Entity:Technology) RETURN n.id AS id ORDER BY n.id',
      params: {},
    });
    expect(ids.length).toBeGreaterThan(3);
    const result = await api.execute<{ technologyRecords: { id: string; kind: string; nameZh: string }[] }>(
      '{ technologyRecords(sort: [{ id: ASC }], limit: 3, offset: 1) { id kind nameZh } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.technologyRecords.map((r) => r.id)).toEqual(ids.slice(1, 4).map((r) => r.id));
    for (const record of result.data?.technologyRecords ?? []) expect(record.kind).toBe('TECHNOLOGY');
  });

  it('filters with where', async () => {
    const result = await api.execute<{ regimeRecords: { id: string; nameEn: string }[] }>(
      '{ regimeRecords(where: { nameEn: { contains: "Wassenaar" } }) { id nameEn } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.regimeRecords.length).toBeGreaterThan(0);
    for (const r of result.data?.regimeRecords ?? []) expect(r.nameEn).toContain('Wassenaar');
  });

  it('pages through a connection with cursors and a total count', async () => {
    const [count] = await db.read<{ n: number }>({
      cypher: 'MATCH (n:Entity:Treaty) RETURN count(n) AS n',
      params: {},
    });
    const first = await api.execute<{
      treatyRecordsConnection: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(
      '{ treatyRecordsConnection(first: 2, sort: [{ id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
    );
    expect(first.errors).toBeUndefined();
    const page = first.data?.treatyRecordsConnection;
    expect(page?.totalCount).toBe(count?.n);
    assert(page && count !== undefined, 'no first page or no count');
    // The seed has more than two treaties, so there is always a second page to check.
    expect(count.n).toBeGreaterThan(2);
    expect(page.edges.length).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await api.execute<{ treatyRecordsConnection: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { treatyRecordsConnection(first: 2, after: $after, sort: [{ id: ASC }]) { edges { node { id } } } }',
      { after: page.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    const secondIds = next.data?.treatyRecordsConnection.edges.map((e) => e.node.id);
    assert(secondIds, 'no second page');
    const firstIds = page.edges.map((e) => e.node.id);
    expect(secondIds.length).toBe(Math.min(2, count.n - 2));
    for (const id of secondIds) expect(firstIds).not.toContain(id);
    // Sorted by id across pages.
    expect([...firstIds, ...secondIds]).toEqual([...firstIds, ...secondIds].sort());
  });

  it('caps page sizes and offers no mutations', async () => {
    const result = await api.execute<{ documentRecords: unknown[] }>('{ documentRecords(limit: 100000) { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX'); // cost limit answers first
    const capped = await api.execute<{ documentRecords: unknown[] }>('{ documentRecords(limit: 1000) { id } }');
    expect(capped.errors).toBeUndefined();
    expect(capped.data?.documentRecords.length).toBeLessThanOrEqual(100);
    const mutation = expectCode(
      await api.execute('mutation { deleteTechnologyRecords { nodesDeleted } }'),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(mutation.message).toBe('This API is read-only: it answers queries, not mutations.');
  });
});
