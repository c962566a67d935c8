// paths against the real seeded graph; the shortest length is checked against Neo4j's own shortestPath over the same
// relationships (by default, all but the bibliographic ones).
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { expectCode, expectWellFormedPath, idOf, type PathShape, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

const PATHS = `query P($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $relationTypes: [String!], $excludeRelationTypes: [String!], $kinds: [EntityKind!]) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit, relationTypes: $relationTypes, excludeRelationTypes: $excludeRelationTypes, kinds: $kinds) {
    paths {
      length
      throughCitations
      nodes { id kind name }
      edges { id type from to sources { document quote supplementary } }
    }
    skippedHubs { id }
    sampled
  }
}`;

type Path = PathShape<{ id: string; kind: string; name: string }> & { throughCitations: boolean };

const BIBLIOGRAPHIC = ['CITES', 'PUBLISHED_BY'];

describe('paths', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;
  let wassenaar: string;
  let npt: string;
  let resolution: string;

  const paths = async (variables: Record<string, unknown>) => {
    const result = await api.execute<{ paths: { paths: Path[]; skippedHubs: { id: string }[]; sampled: boolean } }>(
      PATHS,
      variables,
    );
    expect(result.errors).toBeUndefined();
    const answer = result.data?.paths;
    assert(answer, 'paths answered');
    // The report's graph has no hub (its most connected entity has 41 relationships): no search skips one.
    expect(answer.skippedHubs).toEqual([]);
    expect(answer.sampled).toBe(false);
    return answer.paths;
  };

  const shortestLength = async (from: string, to: string, exclude: readonly string[] = BIBLIOGRAPHIC) => {
    const [row] = await db.read<{ length: number }>({
      cypher:
        'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*..15]-(b)) ' +
        'WHERE none(r IN relationships(p) WHERE type(r) IN $exclude) RETURN length(p) AS length',
      params: { from, to, exclude },
    });
    return row?.length ?? null;
  };

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
    wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
    npt = await idOf(db, 'NPT', 'TREATY');
    resolution = await idOf(db, 'A/RES/79/239');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('finds the shortest paths first, ranked by length then node ids, each edge with its sources', async () => {
    for (const [from, to] of [
      [h100, wassenaar],
      [wassenaar, resolution],
      [npt, h100],
    ] as const) {
      const found = await paths({ from, to, maxLength: 8, limit: 20 });
      const shortest = await shortestLength(from, to);
      expect(shortest).not.toBeNull();
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]?.length).toBe(shortest);
      const keys = found.map((p) => [p.length, ...p.nodes.map((n) => n.id)]);
      const sorted = [...keys].sort((x, y) => {
        if (x[0] !== y[0]) return Number(x[0]) - Number(y[0]);
        const a = x.slice(1);
        const b = y.slice(1);
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
          if (a[i] !== b[i]) return String(a[i]) < String(b[i]) ? -1 : 1;
        }
        return a.length - b.length;
      });
      expect(keys).toEqual(sorted);
      expect(new Set(keys.map((k) => k.join('>'))).size).toBe(keys.length);
      for (const path of found) {
        expectWellFormedPath(path);
        expect(path.nodes[0]?.id).toBe(from);
        expect(path.nodes.at(-1)?.id).toBe(to);
        expect(path.length).toBeLessThanOrEqual(8);
        for (const edge of path.edges) expect(edge.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('ignores direction', async () => {
    const forward = await paths({ from: h100, to: wassenaar, limit: 3 });
    const backward = await paths({ from: wassenaar, to: h100, limit: 3 });
    expect(backward[0]?.length).toBe(forward[0]?.length);
  });

  it('honours maxLength and limit', async () => {
    const shortest = (await shortestLength(npt, h100)) ?? 0;
    const excluded = { excludeRelationTypes: BIBLIOGRAPHIC };
    expect(await paths({ from: npt, to: h100, maxLength: shortest - 1, ...excluded })).toEqual([]);
    // With the default filter, "no path" falls back to paths through citations, if any are short enough.
    const fallback = await paths({ from: npt, to: h100, maxLength: shortest - 1 });
    for (const path of fallback) expect(path.throughCitations).toBe(true);
    const capped = await paths({ from: npt, to: h100, maxLength: shortest, limit: 2 });
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.length).toBeLessThanOrEqual(2);
    for (const path of capped) expect(path.length).toBe(shortest);
  });

  it('filters by relationship types and intermediate kinds', async () => {
    const typed = await paths({
      from: h100,
      to: wassenaar,
      relationTypes: ['EXAMPLE_OF', 'SUBTYPE_OF', 'CONTROLLED_BY', 'EMPLOYS'],
    });
    expect(typed.length).toBeGreaterThan(0);
    for (const path of typed) {
      for (const edge of path.edges)
        expect(['EXAMPLE_OF', 'SUBTYPE_OF', 'CONTROLLED_BY', 'EMPLOYS']).toContain(edge.type);
    }
    const noDocuments = await paths({
      from: npt,
      to: h100,
      kinds: ['TECHNOLOGY', 'APPLICATION', 'CONCEPT', 'AGENCY', 'TREATY', 'REGIME'],
    });
    for (const path of noDocuments) {
      for (const node of path.nodes.slice(1, -1)) expect(node.kind).not.toBe('DOCUMENT');
    }
  });

  it('leaves citation links out by default, and finds them only when asked or when nothing else joins the two', async () => {
    const defaults = await paths({ from: npt, to: wassenaar, maxLength: 8, limit: 20 });
    expect(defaults.length).toBeGreaterThan(0);
    for (const path of defaults) {
      expect(path.throughCitations).toBe(false);
      for (const edge of path.edges) expect(BIBLIOGRAPHIC).not.toContain(edge.type);
    }
    // Asked for, with every type allowed, the report's bibliography is the shortest way between the two.
    const everything = await paths({
      from: npt,
      to: wassenaar,
      maxLength: 8,
      limit: 5,
      excludeRelationTypes: ['ADOPTED_AS'],
    });
    expect(everything[0]?.length).toBe(await shortestLength(npt, wassenaar, []));
    expect(everything.some((p) => p.throughCitations)).toBe(true);
    for (const path of everything) {
      expect(path.throughCitations).toBe(path.edges.some((e) => BIBLIOGRAPHIC.includes(e.type)));
    }

    // A document reached only through citations: the fallback returns those paths, marked.
    const [cited] = await db.read<{ from: string; to: string }>({
      cypher: `MATCH (d:Entity {kind: 'DOCUMENT'})
WHERE COUNT { (d)--() } > 0 AND NOT EXISTS { (d)-[r]-() WHERE NOT type(r) IN $bibliographic }
MATCH (d)-[:CITES|PUBLISHED_BY]-(o:Entity)
RETURN d.id AS from, o.id AS to ORDER BY from, to LIMIT 1`,
      params: { bibliographic: BIBLIOGRAPHIC },
    });
    assert(cited, 'the seed has no document linked only by citations');
    const fallback = await paths({ from: cited.from, to: cited.to, limit: 3 });
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.every((p) => p.throughCitations)).toBe(true);
  });

  it('answers the same way every time', async () => {
    const variables = { from: npt, to: h100, maxLength: 8, limit: 20 };
    expect(await paths(variables)).toEqual(await paths(variables));
  });

  it('says which id is unknown with NOT_FOUND', async () => {
    const from = expectCode(await api.execute(PATHS, { from: 'x:nope', to: h100 }), 'NOT_FOUND');
    expect(from.extensions?.argumentName).toBe('from');
    expect(from.message).toContain('x:nope');
    const to = expectCode(await api.execute(PATHS, { from: h100, to: 'y:nope' }), 'NOT_FOUND');
    expect(to.extensions?.argumentName).toBe('to');
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    expectCode(await api.execute(PATHS, { from: h100, to: h100 }), 'BAD_USER_INPUT');
    for (const maxLength of [0, 9]) {
      const error = expectCode(await api.execute(PATHS, { from: h100, to: npt, maxLength }), 'BAD_USER_INPUT');
      expect(error.message).toBe(`maxLength must be between 1 and 8, got ${maxLength}.`);
    }
    for (const limit of [0, 21]) {
      const error = expectCode(await api.execute(PATHS, { from: h100, to: npt, limit }), 'BAD_USER_INPUT');
      expect(error.message).toBe(`limit must be between 1 and 20, got ${limit}.`);
    }
    expectCode(await api.execute(PATHS, { from: h100, to: npt, relationTypes: ['NOPE'] }), 'BAD_USER_INPUT');
    expectCode(await api.execute(PATHS, { from: h100, to: npt, excludeRelationTypes: ['NOPE'] }), 'BAD_USER_INPUT');
  });
});
