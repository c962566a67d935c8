// neighborhood against the real seeded graph; expectations come from independent Cypher on the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { answerOf, expectCode, idOf, type TestApi, TEST_TODAY, validAt } from './api-helpers';
import { startTestApi, testDb } from './harness';

interface Subgraph {
  nodes: { id: string; kind: string }[];
  edges: { id: string; type: string; from: string; to: string; sources: unknown[] }[];
  truncated: boolean;
}

const NEIGHBORHOOD = `query N($id: ID!, $depth: Int, $kinds: [EntityKind!], $relationTypes: [String!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds, relationTypes: $relationTypes, limit: $limit) {
    truncated
    nodes { id kind }
    edges { id type from to sources { document } }
  }
}`;

describe('neighborhood', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;
  let hub: string;

  const neighborhood = (variables: Record<string, unknown>) =>
    answerOf<Subgraph>(api, NEIGHBORHOOD, variables, 'neighborhood');

  /** Distance and degree of every entity within `depth` hops, computed independently of the API's query. */
  const expected = async (id: string, depth: number) =>
    db.read<{ id: string; distance: number; degree: number }>({
      cypher: `MATCH (root:Entity {id: $id})
MATCH (m:Entity) WHERE m <> root AND ${validAt('m')}
MATCH p = shortestPath((root)-[*..${String(depth)}]-(m))
WHERE all(x IN nodes(p)[1..] WHERE ${validAt('x')}) AND all(r IN relationships(p) WHERE ${validAt('r')})
RETURN m.id AS id, length(p) AS distance, COUNT { (m)-[x]-(y:Entity) WHERE ${validAt('x')} AND ${validAt('y')} } AS degree
ORDER BY distance ASC, degree DESC, id ASC`,
      params: { id, day: TEST_TODAY },
    });

  const edgesAmong = async (ids: string[]) =>
    db.read<{ id: string }>({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${validAt('r')} RETURN r.id AS id ORDER BY id`,
      params: { ids, day: TEST_TODAY },
    });

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db, { today: () => TEST_TODAY });
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
    const [top] = await db.read<{ id: string }>({
      cypher: 'MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--(:Entity) } DESC, id ASC LIMIT 1',
      params: {},
    });
    hub = top?.id ?? '';
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('returns the root and its neighbours by degree, and every edge among them', async () => {
    const subgraph = await neighborhood({ id: h100 });
    const want = await expected(h100, 1);
    expect(subgraph.nodes.map((n) => n.id)).toEqual([h100, ...want.map((w) => w.id)]);
    expect(subgraph.truncated).toBe(false);
    expect(subgraph.edges.map((e) => e.id)).toEqual(
      (await edgesAmong(subgraph.nodes.map((n) => n.id))).map((e) => e.id),
    );
    for (const edge of subgraph.edges) expect(edge.sources.length).toBeGreaterThan(0);
  });

  it('orders a deeper neighbourhood by distance, then degree, then id', async () => {
    for (const depth of [2, 3]) {
      const subgraph = await neighborhood({ id: h100, depth, limit: 1000 });
      const want = await expected(h100, depth);
      expect(subgraph.nodes.map((n) => n.id)).toEqual([h100, ...want.map((w) => w.id)]);
      expect(subgraph.truncated).toBe(false);
    }
  });

  it('cuts at the limit, keeps the root, and says it was truncated', async () => {
    const want = await expected(hub, 1);
    expect(want.length).toBeGreaterThan(5);
    const cut = await neighborhood({ id: hub, limit: 5 });
    expect(cut.nodes.map((n) => n.id)).toEqual([hub, ...want.slice(0, 4).map((w) => w.id)]);
    expect(cut.truncated).toBe(true);
    const ids = new Set(cut.nodes.map((n) => n.id));
    for (const edge of cut.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);

    const exact = await neighborhood({ id: hub, limit: want.length + 1 });
    expect(exact.nodes).toHaveLength(want.length + 1);
    expect(exact.truncated).toBe(false);
    const oneShort = await neighborhood({ id: hub, limit: want.length });
    expect(oneShort.truncated).toBe(true);

    const alone = await neighborhood({ id: hub, limit: 1 });
    expect(alone.nodes.map((n) => n.id)).toEqual([hub]);
    expect(alone.edges).toEqual([]);
    expect(alone.truncated).toBe(true);
  });

  it('keeps a hub at depth 3 bounded by the limit', async () => {
    const started = Date.now();
    const subgraph = await neighborhood({ id: hub, depth: 3, limit: 1000 });
    expect(Date.now() - started).toBeLessThan(5000);
    const want = await expected(hub, 3);
    expect(subgraph.nodes.map((n) => n.id)).toEqual([hub, ...want.map((w) => w.id)].slice(0, 1000));
    const small = await neighborhood({ id: hub, depth: 3, limit: 20 });
    expect(small.nodes.map((n) => n.id)).toEqual(subgraph.nodes.slice(0, 20).map((n) => n.id));
    expect(small.truncated).toBe(want.length + 1 > 20);
  });

  it('walks only through the given kinds and relationship types', async () => {
    const byKind = await neighborhood({ id: h100, depth: 3, kinds: ['TECHNOLOGY'], limit: 1000 });
    expect(byKind.nodes.length).toBeGreaterThan(1);
    for (const node of byKind.nodes) expect(node.kind).toBe('TECHNOLOGY');

    const byType = await neighborhood({ id: h100, depth: 3, relationTypes: ['EXAMPLE_OF', 'SUBTYPE_OF'], limit: 1000 });
    expect(byType.edges.length).toBeGreaterThan(0);
    for (const edge of byType.edges) expect(['EXAMPLE_OF', 'SUBTYPE_OF']).toContain(edge.type);
    const [reach] = await db.read<{ ids: string[] }>({
      cypher: `MATCH (root:Entity {id: $id})-[:EXAMPLE_OF|SUBTYPE_OF*1..3]-(m:Entity) WHERE m <> root
RETURN collect(DISTINCT m.id) AS ids`,
      params: { id: h100 },
    });
    expect(
      byType.nodes
        .map((n) => n.id)
        .slice(1)
        .sort(),
    ).toEqual([...(reach?.ids ?? [])].sort());
  });

  it('answers the same way every time', async () => {
    const variables = { id: hub, depth: 2, limit: 40 };
    expect(await neighborhood(variables)).toEqual(await neighborhood(variables));
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const error = expectCode(await api.execute(NEIGHBORHOOD, { id: 'tech:nope' }), 'NOT_FOUND');
    expect(error.message).toContain('tech:nope');
  });

  it('rejects out-of-range depth and limit, and unknown relationship types', async () => {
    for (const depth of [0, 4]) {
      const error = expectCode(await api.execute(NEIGHBORHOOD, { id: h100, depth }), 'BAD_USER_INPUT');
      expect(error.message).toBe(`depth must be between 1 and 3, got ${depth}.`);
      expect(error.extensions?.argumentName).toBe('depth');
    }
    for (const limit of [0, 1001]) {
      const error = expectCode(await api.execute(NEIGHBORHOOD, { id: h100, limit }), 'BAD_USER_INPUT');
      expect(error.message).toBe(`limit must be between 1 and 1000, got ${limit}.`);
    }
    const error = expectCode(
      await api.execute(NEIGHBORHOOD, { id: h100, relationTypes: ['FRIEND_OF'] }),
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(/^relationTypes contains unknown relationship type FRIEND_OF; allowed: /);
    expectCode(await api.execute(NEIGHBORHOOD, { id: h100, depth: 'two' }), 'BAD_USER_INPUT');
  });
});
