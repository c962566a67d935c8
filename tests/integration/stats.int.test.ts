// graphStats against the real seeded Neo4j: the counts must equal what the database itself reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { startTestApi, testDb } from './harness';

describe('graphStats', () => {
  let db: Db;
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('reports node, relationship and per-kind counts that match the database', async () => {
    const result = await api.execute<{
      graphStats: {
        nodes: number;
        relationships: number;
        byKind: { kind: string; count: number }[];
        seedVersion: string | null;
      };
    }>('{ graphStats { nodes relationships seedVersion byKind { kind count } } }');
    expect(result.errors).toBeUndefined();
    const stats = result.data?.graphStats;
    const [direct] = await db.read<{ nodes: number; rels: number }>({
      cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels',
      params: {},
    });
    expect(stats?.nodes).toBe(direct?.nodes);
    expect(stats?.relationships).toBe(direct?.rels);
    expect(stats?.nodes).toBeGreaterThan(0);
    expect(stats?.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(stats?.nodes);
    expect(stats?.byKind.map((k) => k.kind)).toContain('REGIME');
    expect(stats?.seedVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('draws an overview whose edges only join returned nodes', async () => {
    const result = await api.execute<{
      overview: { nodes: { id: string; name: string }[]; edges: { from: string; to: string }[]; truncated: boolean };
    }>('query($limit: Int) { overview(limit: $limit) { truncated nodes { id name(lang: ZH) } edges { from to } } }', {
      limit: 10,
    });
    expect(result.errors).toBeUndefined();
    const overview = result.data?.overview;
    expect(overview?.nodes).toHaveLength(10);
    expect(overview?.truncated).toBe(true);
    const ids = new Set(overview?.nodes.map((n) => n.id));
    for (const edge of overview?.edges ?? []) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    }
    // Chinese names come back when asked for.
    expect(overview?.nodes.some((n) => /[\u4e00-\u9fff]/.test(n.name))).toBe(true);
  });

  it('rejects an out-of-range overview limit with BAD_USER_INPUT', async () => {
    const result = await api.execute('{ overview(limit: 0) { truncated } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('limit');
  });
});
