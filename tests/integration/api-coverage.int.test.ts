// coverage against the real seeded graph, checked for every technology against an independent Cypher formulation
// of the rule in server/src/coverage/README.md: instruments, the basis of each claim, and the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver';
import {
  expectCode,
  expectWellFormedPath,
  idOf,
  type PathShape,
  type TestApi,
  TEST_TODAY,
  validAt,
} from './api-helpers';
import { startTestApi, testDb } from './harness';

const COVERAGE = `query C($id: ID!) {
  coverage(technologyId: $id) {
    via
    basis
    appliedBy { role entity { id kind } path { length nodes { id kind } edges { id type from to sources { document } } } }
    instrument { id kind name(lang: ZH) }
    path { length nodes { id kind } edges { id type from to sources { document } } }
  }
}`;

interface CoverageWire {
  via: 'DIRECT' | 'BROADER_TECHNOLOGY' | 'EMPLOYED_MEASURE';
  basis: 'NAMED' | 'CATEGORY' | 'GENERAL';
  appliedBy: { role: string; entity: { id: string; kind: string }; path: PathShape<{ id: string; kind: string }> }[];
  instrument: { id: string; kind: string; name: string };
  path: PathShape<{ id: string; kind: string }>;
}

/** How a coverage path ends, in the words of EXPECTED_ENDING: its last relationship and what leads to it. */
function pathEnding(item: CoverageWire): string {
  const last = item.path.edges.at(-1)?.type ?? 'nothing';
  if (item.via === 'EMPLOYED_MEASURE') return `${last} from a ${item.path.nodes.at(-2)?.kind ?? 'missing node'}`;
  return `${last} after ${item.path.length === 1 ? 'one step' : 'several steps'}`;
}

/** Direct coverage is one CONTROLLED_BY; through a broader technology, CONTROLLED_BY at the end of a longer path. */
const EXPECTED_ENDING: Record<CoverageWire['via'], string> = {
  DIRECT: 'CONTROLLED_BY after one step',
  BROADER_TECHNOLOGY: 'CONTROLLED_BY after several steps',
  EMPLOYED_MEASURE: 'EMPLOYS from a CONTROL_MEASURE',
};

describe('coverage', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;

  const coverage = async (id: string) => {
    const result = await api.execute<{ coverage: CoverageWire[] }>(COVERAGE, { id });
    expect(result.errors).toBeUndefined();
    return result.data?.coverage ?? [];
  };

  /**
   * The rule written independently (old-style variable-length patterns): per instrument, the strongest basis
   * (0 NAMED, 1 CATEGORY, 2 GENERAL) and the shortest path of that basis, ordered by basis, length and id.
   */
  const expected = async (id: string, day = TEST_TODAY) =>
    db.read<{ id: string; basis: string; length: number }>({
      cypher: `MATCH (t:Entity {id: $id})
CALL (t) {
  MATCH p = (t)-[:EXAMPLE_OF|SUBTYPE_OF*0..4]->(:Entity)-[:CONTROLLED_BY]->(i:Entity)
  WHERE all(n IN nodes(p)[..-1] WHERE n.kind = 'TECHNOLOGY') AND i.kind IN ['REGIME', 'TREATY', 'CONTROL_MEASURE']
    AND all(n IN nodes(p) WHERE ${validAt('n')}) AND all(r IN relationships(p) WHERE ${validAt('r')})
  RETURN i.id AS id, p
  UNION ALL
  MATCH p = (t)-[:EXAMPLE_OF|SUBTYPE_OF*0..4]->(:Entity)-[:CONTROLLED_BY]->(m:Entity)<-[:EMPLOYS]-(i:Entity)
  WHERE all(n IN nodes(p)[..-2] WHERE n.kind = 'TECHNOLOGY') AND m.kind = 'CONTROL_MEASURE' AND i.kind IN ['REGIME', 'TREATY']
    AND all(n IN nodes(p) WHERE ${validAt('n')}) AND all(r IN relationships(p) WHERE ${validAt('r')})
  RETURN i.id AS id, p
}
WITH id, length(p) AS length,
  CASE WHEN size([n IN nodes(p) WHERE n.kind = 'CONTROL_MEASURE' AND n.scope = 'GENERAL']) > 0 THEN 2
       WHEN size([r IN relationships(p) WHERE type(r) IN ['EXAMPLE_OF', 'SUBTYPE_OF']]) = 0 THEN 0
       ELSE 1 END AS rank
WITH id, rank, length ORDER BY rank ASC, length ASC
WITH id, collect([rank, length])[0] AS best
RETURN id, ['NAMED', 'CATEGORY', 'GENERAL'][best[0]] AS basis, best[1] AS length ORDER BY best[0], best[1], id`,
      params: { id, day },
    });

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db, { today: () => TEST_TODAY });
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('says which regimes cover the NVIDIA H100, and why', async () => {
    const found = await coverage(h100);
    expect(found.some((c) => c.instrument.kind === 'REGIME')).toBe(true);
    expect(found.map((c) => ({ id: c.instrument.id, basis: c.basis, length: c.path.length }))).toEqual(
      await expected(h100),
    );
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
        found.map((c) => ({ id: c.instrument.id, basis: c.basis, length: c.path.length })),
        id,
      ).toEqual(await expected(id));
      if (found.length > 0) covered += 1;
      for (const item of found) {
        expect(['REGIME', 'TREATY', 'CONTROL_MEASURE']).toContain(item.instrument.kind);
        expectWellFormedPath(item.path);
        expect(item.path.nodes[0]?.id).toBe(id);
        expect(item.path.nodes.at(-1)?.id).toBe(item.instrument.id);
        expect(pathEnding(item), item.instrument.id).toBe(EXPECTED_ENDING[item.via]);
        for (const node of item.path.nodes.slice(0, item.via === 'EMPLOYED_MEASURE' ? -2 : -1)) {
          expect(node.kind).toBe('TECHNOLOGY');
        }
        for (const edge of item.path.edges) expect(edge.sources.length).toBeGreaterThan(0);
      }
    }
    expect(covered).toBeGreaterThan(0);
  });

  it('puts the chip export restrictions at NAMED or CATEGORY for the H100, and Security Council sanctions at GENERAL only', async () => {
    const found = await coverage(h100);
    const byId = new Map(found.map((c) => [c.instrument.id, c]));
    const chips = byId.get('measure:semiconductor-export-restrictions');
    expect(chips?.basis === 'NAMED' || chips?.basis === 'CATEGORY').toBe(true);
    expect(byId.get('regime:unsc-sanctions')?.basis).toBe('GENERAL');
    // Ordered strongest first.
    const ranks = found.map((c) => ['NAMED', 'CATEGORY', 'GENERAL'].indexOf(c.basis));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('says what covers model weights and cloud computing, and how strongly', async () => {
    for (const [technology, measure] of [
      ['tech:model-weights', 'measure:model-weight-transfer-restrictions'],
      ['tech:cloud-computing', 'measure:cloud-remote-access-controls'],
    ] as const) {
      const found = await coverage(technology);
      expect(found.find((c) => c.instrument.id === measure)?.basis, technology).toBe('NAMED');
      // The only regimes or treaties said to control weights or cloud access are no longer in force (the AI
      // Diffusion Rule, rescinded in May 2025): every other one reaches them through general measures.
      const [row] = await db.read<{ ended: string[] }>({
        cypher: 'MATCH (n:Entity) WHERE n.validToDay < date() RETURN collect(n.id) AS ended',
        params: {},
      });
      const ended = new Set(row?.ended);
      for (const item of found.filter((c) => c.instrument.kind !== 'CONTROL_MEASURE' && !ended.has(c.instrument.id))) {
        expect(item.basis, `${technology} ${item.instrument.id}`).toBe('GENERAL');
      }
    }
  });

  it('grounds each basis in its path, and names who applies each instrument with a cited path', async () => {
    const [row] = await db.read<{ general: string[] }>({
      cypher: "MATCH (m:Entity {kind: 'CONTROL_MEASURE', scope: 'GENERAL'}) RETURN collect(m.id) AS general",
      params: {},
    });
    const general = new Set(row?.general);
    expect(general.size).toBeGreaterThan(0);
    for (const id of [h100, 'tech:model-weights', 'tech:cloud-computing']) {
      for (const item of await coverage(id)) {
        const throughGeneral = item.path.nodes.some((n) => general.has(n.id));
        const throughCategory = item.path.edges.some((e) => e.type === 'EXAMPLE_OF' || e.type === 'SUBTYPE_OF');
        expect(item.basis).toBe(throughGeneral ? 'GENERAL' : throughCategory ? 'CATEGORY' : 'NAMED');
        for (const actor of item.appliedBy) {
          expect(['JURISDICTION', 'REGIME', 'TREATY', 'AGENCY', 'ORGANIZATION']).toContain(actor.entity.kind);
          expectWellFormedPath(actor.path);
          const ends = [actor.path.nodes[0]?.id, actor.path.nodes.at(-1)?.id];
          expect(ends).toContain(actor.entity.id);
          expect(ends).toContain(item.instrument.id);
          for (const edge of actor.path.edges) expect(edge.sources.length).toBeGreaterThan(0);
        }
      }
    }
    const chips = (await coverage(h100)).find((c) => c.instrument.id === 'measure:semiconductor-export-restrictions');
    expect(chips?.appliedBy.map((a) => a.entity.id)).toContain('jur:us');
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

  it("serves a chain node's texts, aliases, url, properties and sources as the entity itself has them", async () => {
    const fields = `id name summary(lang: ZH) note aliases url properties { key value } sources { document quote } validity { from to }`;
    const chained = await api.execute<{ coverage: { path: { nodes: Record<string, unknown>[] } }[] }>(
      `query($id: ID!) { coverage(technologyId: $id) { path { nodes { ${fields} } } } }`,
      { id: h100 },
    );
    expect(chained.errors).toBeUndefined();
    const nodes = (chained.data?.coverage ?? []).flatMap((c) => c.path.nodes);
    const ids = [...new Set(nodes.map((n) => n['id'] as string))];
    expect(ids.length).toBeGreaterThan(3);
    const whole = await api.execute<{ entities: Record<string, unknown>[] }>(
      `query($ids: [ID!]!) { entities(ids: $ids) { ${fields} } }`,
      { ids },
    );
    expect(whole.errors).toBeUndefined();
    const byId = new Map((whole.data?.entities ?? []).map((e) => [e['id'], e]));
    for (const node of nodes) expect(node).toEqual(byId.get(node['id']));
    // The chains hold cited entities: their sources and summaries come through, not empty defaults.
    expect(nodes.some((n) => (n['sources'] as unknown[]).length > 0)).toBe(true);
    expect(nodes.some((n) => typeof n['summary'] === 'string')).toBe(true);
  });
});
