// coverage against the real seeded graph, checked for every technology against an independent Cypher formulation
// of the rule in server/src/coverage/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import { expectCode, expectWellFormedPath, idOf, type PathShape, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

const COVERAGE = `query C($id: ID!) {
  coverage(technologyId: $id) {
    via
    instrument { id kind name(lang: ZH) }
    path { length nodes { id kind } edges { id type from to sources { document } } }
  }
}`;

interface CoverageWire {
  via: 'DIRECT' | 'BROADER_TECHNOLOGY' | 'EMPLOYED_MEASURE';
  instrument: { id: string; kind: string; name: string };
  path: PathShape<{ id: string; kind: string }>;
}

describe('coverage', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;

  const coverage = async (id: string) => {
    const result = await api.execute<{ coverage: CoverageWire[] }>(COVERAGE, { id });
    expect(result.errors).toBeUndefined();
    return result.data?.coverage ?? [];
  };

  /** The rule written independently (old-style variable-length patterns): instrument id → shortest length. */
  const expected = async (id: string) =>
    db.read<{ id: string; length: number }>({
      cypher: `MATCH (t:Entity {id: $id})
CALL (t) {
  MATCH p = (t)-[:EXAMPLE_OF|SUBTYPE_OF*0..4]->(:Entity)-[:CONTROLLED_BY]->(i:Entity)
  WHERE all(n IN nodes(p)[..-1] WHERE n.kind = 'TECHNOLOGY') AND i.kind IN ['REGIME', 'TREATY', 'CONTROL_MEASURE']
  RETURN i.id AS id, length(p) AS length
  UNION ALL
  MATCH p = (t)-[:EXAMPLE_OF|SUBTYPE_OF*0..4]->(:Entity)-[:CONTROLLED_BY]->(m:Entity)<-[:EMPLOYS]-(i:Entity)
  WHERE all(n IN nodes(p)[..-2] WHERE n.kind = 'TECHNOLOGY') AND m.kind = 'CONTROL_MEASURE' AND i.kind IN ['REGIME', 'TREATY']
  RETURN i.id AS id, length(p) AS length
}
RETURN id, min(length) AS length ORDER BY length ASC, id ASC`,
      params: { id },
    });

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('says which regimes cover the NVIDIA H100, and why', async () => {
    const found = await coverage(h100);
    expect(found.some((c) => c.instrument.kind === 'REGIME')).toBe(true);
    expect(found.map((c) => ({ id: c.instrument.id, length: c.path.length }))).toEqual(await expected(h100));
  });

  it('matches the rule for every technology, with well-formed explaining paths', async () => {
    const technologies = await db.read<{ id: string }>({
      cypher: "MATCH (t:Entity {kind: 'TECHNOLOGY'}) RETURN t.id AS id ORDER BY id",
      params: {},
    });
    let covered = 0;
    for (const { id } of technologies) {
      const found = await coverage(id);
      expect(
        found.map((c) => ({ id: c.instrument.id, length: c.path.length })),
        id,
      ).toEqual(await expected(id));
      if (found.length > 0) covered += 1;
      for (const item of found) {
        expect(['REGIME', 'TREATY', 'CONTROL_MEASURE']).toContain(item.instrument.kind);
        expectWellFormedPath(item.path);
        expect(item.path.nodes[0]?.id).toBe(id);
        expect(item.path.nodes.at(-1)?.id).toBe(item.instrument.id);
        const last = item.path.edges.at(-1);
        if (item.via === 'DIRECT') expect([item.path.length, last?.type]).toEqual([1, 'CONTROLLED_BY']);
        if (item.via === 'BROADER_TECHNOLOGY') {
          expect(last?.type).toBe('CONTROLLED_BY');
          expect(item.path.length).toBeGreaterThan(1);
        }
        if (item.via === 'EMPLOYED_MEASURE') {
          expect(last?.type).toBe('EMPLOYS');
          expect(item.path.nodes.at(-2)?.kind).toBe('CONTROL_MEASURE');
        }
        for (const node of item.path.nodes.slice(0, item.via === 'EMPLOYED_MEASURE' ? -2 : -1)) {
          expect(node.kind).toBe('TECHNOLOGY');
        }
        for (const edge of item.path.edges) expect(edge.sources.length).toBeGreaterThan(0);
      }
    }
    expect(covered).toBeGreaterThan(0);
  });

  it('answers the same way every time', async () => {
    expect(await coverage(h100)).toEqual(await coverage(h100));
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a non-technology', async () => {
    const missing = expectCode(await api.execute(COVERAGE, { id: 'tech:nope' }), 'NOT_FOUND');
    expect(missing.extensions?.argumentName).toBe('technologyId');
    const regime = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
    const wrongKind = expectCode(await api.execute(COVERAGE, { id: regime }), 'BAD_USER_INPUT');
    expect(wrongKind.message).toBe(`technologyId must be the id of a TECHNOLOGY entity; "${regime}" is a REGIME.`);
  });
});
