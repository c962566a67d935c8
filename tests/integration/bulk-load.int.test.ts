// The bulk path end to end on a real Neo4j: a generated graph (the real seed included) written as CSV, imported by
// neo4j-admin into a fresh home, started, indexed. Every relationship joins the entities its CSV row names (the
// import ids are integers, the entities' ids are stored as strings), and search and the seed's metadata answer.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAndValidateSeed } from '../../graph-seed/src/index';
import { SyntheticGraph } from '../../graph-seed/src/gen/graph';
import { writeBulkFormat } from '../../graph-seed/src/gen/writeBulk';
import type { Seed, SeedRelation } from '../../graph-seed/src/schema';
import { bulkLoad, type BulkLoadResult } from '../../neo4j-runtime/scripts/bulkLoad';
import { freePort } from '../../neo4j-runtime/scripts/ports';
import { toCypherParams } from '../../server/src/db/driver';
import { searchQuery } from '../../server/src/search/query';

const dirs: string[] = [];
let real: Seed;
let graph: SyntheticGraph;
let loaded: BulkLoadResult | undefined;
let driver: ReturnType<typeof neo4j.driver> | undefined;

beforeAll(async () => {
  const result = await readAndValidateSeed();
  if (!result.ok) throw new Error('the real seed is invalid');
  real = result.seed;
  graph = new SyntheticGraph(real, { nodes: 3000, rels: 12_000, seed: 7 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bulk-csv-'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-bulk-home-'));
  dirs.push(dir, home);
  writeBulkFormat(graph, dir);
  loaded = await bulkLoad({
    dir,
    home,
    boltPort: await freePort(),
    importHeapMb: 256,
    log: () => undefined,
  });
  driver = neo4j.driver(loaded.local.uri, neo4j.auth.basic(loaded.local.user, loaded.local.password));
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await loaded?.local.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  if (!driver) throw new Error('the bulk load did not run');
  const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

/** Whether the relationship of this type joins the entities of these ids, in this direction. */
async function joined(relation: SeedRelation): Promise<boolean> {
  const rows = await read<{ n: number }>(
    'MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS n',
    { from: relation.from, to: relation.to, type: relation.type },
  );
  return Number(rows[0]?.n) === 1;
}

describe('bulk load of a generated graph', () => {
  it('holds exactly the generated entities and relationships, every entity id a string', async () => {
    expect(loaded?.nodes).toBe(3000);
    const [counts] = await read<{ nodes: number; rels: number; notText: number }>(
      `MATCH (n:Entity) WITH count(n) AS nodes, count(CASE WHEN NOT n.id IS :: STRING THEN 1 END) AS notText
       MATCH ()-[r]->() RETURN nodes, count(r) AS rels, notText`,
    );
    expect(Number(counts?.nodes)).toBe(3000);
    expect(Number(counts?.rels)).toBe(loaded?.relationships);
    expect(Number(counts?.notText)).toBe(0);
  });

  it('joins real and synthetic relationships to the entities their rows name, in their direction', async () => {
    const all = [...real.relations, ...graph.relations()];
    const key = (r: SeedRelation) => `${r.from}|${r.type}|${r.to}`;
    const keys = new Set(all.map(key));
    const sample = [...real.relations.slice(0, 40), ...all.slice(real.relations.length, real.relations.length + 40)];
    for (const relation of sample) expect(await joined(relation)).toBe(true);
    // Not the other way round, where the graph has no relationship back (ends swapped would match in reverse).
    const reversed = sample
      .map((r) => ({ ...r, from: r.to, to: r.from }))
      .filter((r) => !keys.has(key(r)))
      .slice(0, 20);
    expect(reversed.length).toBeGreaterThan(10);
    for (const relation of reversed) expect(await joined(relation)).toBe(false);
  });

  it('finds a real entity by name through the name index built after the import', async () => {
    const wassenaar = real.entities.find((entity) => entity.name.en === 'Wassenaar Arrangement');
    expect(wassenaar).toBeDefined();
    // The API's own search query, as it runs against this database.
    const { cypher, params } = searchQuery('Wassenaar Arrangement', null, 5);
    const rows = await read<{ entity: { id: string } }>(cypher, toCypherParams(params));
    expect(rows[0]?.entity.id).toBe(wassenaar?.id);
  });
});
