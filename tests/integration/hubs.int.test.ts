// Hubs on a graph built for them: two entities with more relationships than the degree cap, sharing some neighbours.
// The neighbourhood of a hub is sampled and says so, the neighbourhood of an ordinary entity is exact until it
// reaches a hub, paths between the two hubs are found, and paths never run through a hub but name the hubs they
// skipped. No timing is asserted; the figures are in bench/scale.
import { HUB_DEGREE_CAP } from '#domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../server/src/db/driver';
import { answerOf } from './api-helpers';
import { startTestApi } from './harness';
import { openTestNeo4j, type TestNeo4j } from './neo4j-helper';

const SOURCE = JSON.stringify([{ documentId: 'doc:fixture', document: 'Fixture', quote: 'q', supplementary: true }]);
/** Each hub's own leaves: enough to put it over the cap on its own. */
const LEAVES = HUB_DEGREE_CAP + 100;
/** Leaves linked to both hubs: the paths of length 2 between them. */
const SHARED = 7;

const NEIGHBORHOOD = `query N($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { truncated sampled nodes { id } edges { from to } }
}`;

const PATHS = `query P($from: ID!, $to: ID!, $limit: Int, $relationTypes: [String!]) {
  paths(from: $from, to: $to, limit: $limit, relationTypes: $relationTypes) {
    paths { length nodes { id } }
    skippedHubs { id kind name }
    sampled
  }
}`;

interface PathsAnswer {
  paths: { length: number; nodes: { id: string }[] }[];
  skippedHubs: { id: string; kind: string; name: string }[];
  sampled: boolean;
}

interface Subgraph {
  truncated: boolean;
  sampled: boolean;
  nodes: { id: string }[];
  edges: { from: string; to: string }[];
}

describe('hubs above the degree cap', () => {
  let neo: TestNeo4j;
  let db: Db;
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    neo = await openTestNeo4j();
    db = createDb({ ...neo, queryTimeoutMs: 30_000 });
    api = await startTestApi(db);
    await neo.clean();
    await db.write({
      cypher: `UNWIND ['tech:hub-a', 'tech:hub-b', 'tech:lone'] AS id
CREATE (:Entity:Technology {id: id, kind: 'TECHNOLOGY', nameEn: id, nameZh: id, sourcesJson: $sources})`,
      params: { sources: SOURCE },
    });
    // Leaves of each hub; leaf 0 of hub A also links to the lone entity, which is otherwise unconnected.
    await db.write({
      cypher: `UNWIND ['a', 'b'] AS side
MATCH (hub:Entity {id: 'tech:hub-' + side})
UNWIND range(0, $leaves - 1) AS i
CREATE (leaf:Entity:Technology {id: 'tech:leaf-' + side + '-' + i, kind: 'TECHNOLOGY', nameEn: 'leaf', nameZh: 'leaf', sourcesJson: $sources})
CREATE (leaf)-[:EXAMPLE_OF {id: 'rel:' + side + '-' + i, sourcesJson: $sources}]->(hub)`,
      params: { leaves: LEAVES, sources: SOURCE },
    });
    await db.write({
      cypher: `MATCH (b:Entity {id: 'tech:hub-b'})
UNWIND range(0, $shared - 1) AS i
MATCH (leaf:Entity {id: 'tech:leaf-a-' + i})
CREATE (leaf)-[:EXAMPLE_OF {id: 'rel:shared-' + i, sourcesJson: $sources}]->(b)
WITH count(*) AS made
MATCH (lone:Entity {id: 'tech:lone'}), (first:Entity {id: 'tech:leaf-a-0'})
CREATE (lone)-[:SUBTYPE_OF {id: 'rel:lone', sourcesJson: $sources}]->(first)`,
      params: { shared: SHARED, sources: SOURCE },
    });
  }, 120_000);
  afterAll(async () => {
    await api.stop();
    await db.close();
    await neo.close();
  }, 120_000);

  const neighborhood = (variables: Record<string, unknown>) =>
    answerOf<Subgraph>(api, NEIGHBORHOOD, variables, 'neighborhood');

  it('samples a hub and says so, keeping the limit and only real neighbours', async () => {
    const answer = await neighborhood({ id: 'tech:hub-a', depth: 1, limit: 150 });
    expect(answer.sampled).toBe(true);
    expect(answer.truncated).toBe(true);
    expect(answer.nodes).toHaveLength(150);
    expect(answer.nodes[0]?.id).toBe('tech:hub-a');
    for (const node of answer.nodes.slice(1)) expect(node.id).toMatch(/^tech:leaf-a-\d+$/);
    // Every node kept is joined to the hub by an edge of the answer.
    const joined = new Set(answer.edges.filter((e) => e.to === 'tech:hub-a').map((e) => e.from));
    expect(answer.nodes.slice(1).every((node) => joined.has(node.id))).toBe(true);
  });

  it('is exact and not sampled until the walk reaches a hub', async () => {
    const near = await neighborhood({ id: 'tech:lone', depth: 1, limit: 150 });
    expect(near.sampled).toBe(false);
    expect(near.truncated).toBe(false);
    expect(near.nodes.map((n) => n.id)).toEqual(['tech:lone', 'tech:leaf-a-0']);

    // Two hops: the leaf's neighbours are both hubs; three hops would expand a hub.
    const two = await neighborhood({ id: 'tech:lone', depth: 2, limit: 150 });
    expect(two.sampled).toBe(false);
    expect(two.nodes.map((n) => n.id).sort()).toEqual(['tech:hub-a', 'tech:hub-b', 'tech:leaf-a-0', 'tech:lone']);
    const three = await neighborhood({ id: 'tech:lone', depth: 3, limit: 150 });
    expect(three.sampled).toBe(true);
    expect(three.nodes).toHaveLength(150);
  });

  const paths = (variables: Record<string, unknown>) => answerOf<PathsAnswer>(api, PATHS, variables, 'paths');
  const nodeIds = (answer: PathsAnswer) => answer.paths.map((p) => p.nodes.map((n) => n.id));

  it('finds the shortest paths between two hubs, which are ends, not skipped', async () => {
    const answer = await paths({ from: 'tech:hub-a', to: 'tech:hub-b', limit: 5 });
    // The shared leaves give exactly SHARED paths of length 2; the first five by node ids.
    const expected = Array.from({ length: SHARED }, (_, i) => `tech:leaf-a-${i}`)
      .sort()
      .slice(0, 5);
    expect(answer.paths.map((p) => p.length)).toEqual([2, 2, 2, 2, 2]);
    expect(answer.paths.map((p) => p.nodes[1]?.id)).toEqual(expected);
    // A full answer of length 2 could only miss a path through a hub next to an end: there is none.
    expect(answer.skippedHubs).toEqual([]);
    expect(answer.sampled).toBe(false);
  });

  it('never walks through a hub, and names the hubs whose paths may be missing', async () => {
    // The only way from the lone entity to a leaf of hub B runs through hub B (or through hub A, then hub B).
    const blocked = await paths({ from: 'tech:lone', to: 'tech:leaf-b-5', limit: 5 });
    expect(blocked.paths).toEqual([]);
    expect(blocked.skippedHubs.map((h) => h.id)).toEqual(['tech:hub-a', 'tech:hub-b']);
    expect(blocked.skippedHubs[0]).toMatchObject({ kind: 'TECHNOLOGY', name: 'tech:hub-a' });
    expect(blocked.sampled).toBe(true);
    // A hub may be an end: the path to hub B through an ordinary leaf is found; the longer ones through hub A are
    // not, and hub A is named.
    const toHub = await paths({ from: 'tech:lone', to: 'tech:hub-b', limit: 5 });
    expect(nodeIds(toHub)).toEqual([['tech:lone', 'tech:leaf-a-0', 'tech:hub-b']]);
    expect(toHub.skippedHubs.map((h) => h.id)).toEqual(['tech:hub-a']);
  });

  it('says nothing was skipped when no path through a hub could be listed', async () => {
    // One path of length 1 fills a limit of 1: a path through a hub is at least 2 long, so none could rank first.
    const full = await paths({ from: 'tech:lone', to: 'tech:leaf-a-0', limit: 1 });
    expect(nodeIds(full)).toEqual([['tech:lone', 'tech:leaf-a-0']]);
    expect(full.skippedHubs).toEqual([]);
    expect(full.sampled).toBe(false);
    // The hubs are reached only through EXAMPLE_OF links: searching SUBTYPE_OF alone, none is within reach.
    const typed = await paths({ from: 'tech:lone', to: 'tech:leaf-b-5', limit: 5, relationTypes: ['SUBTYPE_OF'] });
    expect(typed.paths).toEqual([]);
    expect(typed.skippedHubs).toEqual([]);
    expect(typed.sampled).toBe(false);
  });
});
