// `npm run export`: the cypher output, run into a second, empty Neo4j, rebuilds the same graph (counts per kind and
// type, and every property); the json and graphml outputs hold the whole graph; an unknown format is refused.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { splitCypherScript } from '#domain';
import type { JsonExport } from '#domain';
import { startThrowawayNeo4j } from '../../neo4j-runtime/scripts/runtime';
import type { LocalNeo4j } from '../../neo4j-runtime/scripts/runtime';
import { connectTo, driverFor, targetEnv } from '../../server/src/db/connect';
import type { CypherQuery, Db } from '../../server/src/db/driver';
import { elements, parseXml } from '../unit/helpers/xml';
import { testDb } from './harness';
import '../setup/provided';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the export command against the test database (through NEO4J_URI, as a user would). */
function runExport(args: string[]): Promise<Run> {
  const target = inject('neo4j');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_DATABASE: '',
    ...targetEnv(target),
    LOG_LEVEL: 'warn',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['server/scripts/export.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

interface Counts {
  nodes: number;
  relationships: number;
  byKind: Record<string, number>;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  version: string | null;
}

const COUNTS: CypherQuery = {
  cypher: `CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (n:Entity) RETURN collect([n.kind, 1]) AS kinds }
CALL () { MATCH (n:Entity) UNWIND labels(n) AS label RETURN collect(label) AS labels }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships, collect(type(r)) AS types }
OPTIONAL MATCH (m:SeedMeta {key: 'seed'})
RETURN nodes, relationships, [k IN kinds | k[0]] AS kinds, labels, types, m.version AS version`,
  params: {},
};

function tally(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

async function counts(db: Db): Promise<Counts> {
  const [row] = await db.read<{
    nodes: number;
    relationships: number;
    kinds: string[];
    labels: string[];
    types: string[];
    version: string | null;
  }>(COUNTS);
  if (!row) throw new Error('no counts');
  return {
    nodes: row.nodes,
    relationships: row.relationships,
    byKind: tally(row.kinds),
    byLabel: tally(row.labels),
    byType: tally(row.types),
    version: row.version,
  };
}

const ALL_PROPERTIES: CypherQuery = {
  cypher: `CALL () { MATCH (n:Entity) WITH n ORDER BY n.id RETURN collect(n {.*, labels: labels(n)}) AS nodes }
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WITH a, r, b ORDER BY r.id
  RETURN collect(r {.*, type: type(r), from: a.id, to: b.id}) AS relationships
}
RETURN nodes, relationships`,
  params: {},
};

describe('npm run export', () => {
  let source: Db;
  let sourceCounts: Counts;
  let empty: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let rebuilt: Db | undefined;
  /** The cypher export run, its statements, and the empty database's counts before they ran. */
  let cypherRun: Run;
  let statements: string[] = [];
  let before: Counts;

  beforeAll(async () => {
    source = testDb();
    sourceCounts = await counts(source);
    empty = await startThrowawayNeo4j('export');
    driver = driverFor(empty);
    rebuilt = connectTo(empty, { queryTimeoutMs: 60_000 }).db;

    const out = path.join(empty.home, 'graph.cypher');
    cypherRun = await runExport(['--format', 'cypher', '--out', out]);
    if (cypherRun.code !== 0) throw new Error(`export failed: ${cypherRun.stderr}`);
    statements = splitCypherScript(readFileSync(out, 'utf8'));
    before = await counts(rebuilt);
    const session = driver.session();
    try {
      for (const statement of statements) await session.run(statement);
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await rebuilt?.close();
    await driver?.close();
    await empty?.stop();
    await source.close();
  });

  it('the source graph is the seeded one, the second database starts empty', () => {
    expect(sourceCounts.nodes).toBeGreaterThan(100);
    expect(sourceCounts.relationships).toBeGreaterThan(100);
    expect(sourceCounts.version).toMatch(/^[0-9a-f]{12}$/);
    expect(before.nodes).toBe(0);
    expect(before.relationships).toBe(0);
  });

  it('writes the Cypher script to --out and reports what it exported on stderr', () => {
    expect(cypherRun.stdout).toBe('');
    expect(cypherRun.stderr).toContain(
      `Exported ${sourceCounts.nodes} entities and ${sourceCounts.relationships} relationships`,
    );
    expect(statements.length).toBeGreaterThan(10);
  });

  it('the script, run into an empty database, reproduces the same counts', async () => {
    const after = await counts(rebuilt as Db);
    expect(after.nodes).toBe(sourceCounts.nodes);
    expect(after.relationships).toBe(sourceCounts.relationships);
    expect(after.byKind).toEqual(sourceCounts.byKind);
    expect(after.byLabel).toEqual(sourceCounts.byLabel);
    expect(after.byType).toEqual(sourceCounts.byType);
    expect(after.version).toBe(sourceCounts.version);
  });

  it('the rebuilt graph has the same properties, constraint and indexes as the source', async () => {
    const [a] = await source.read<{ nodes: unknown[]; relationships: unknown[] }>(ALL_PROPERTIES);
    const [b] = await (rebuilt as Db).read<{ nodes: unknown[]; relationships: unknown[] }>(ALL_PROPERTIES);
    expect(b?.nodes).toHaveLength(sourceCounts.nodes);
    expect(b?.nodes).toEqual(a?.nodes);
    expect(b?.relationships).toEqual(a?.relationships);
    const indexes = await (rebuilt as Db).read<{ name: string }>({
      cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name',
      params: {},
    });
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['entityNames', 'entityNamesEn', 'entity_id_unique']),
    );
  });

  it('running the script a second time changes nothing', async () => {
    const session = (driver as Driver).session();
    try {
      for (const statement of statements) await session.run(statement);
    } finally {
      await session.close();
    }
    const again = await counts(rebuilt as Db);
    expect(again.nodes).toBe(sourceCounts.nodes);
    expect(again.relationships).toBe(sourceCounts.relationships);
  });

  it('writes the whole graph as JSON to stdout', async () => {
    const run = await runExport(['--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as JsonExport;
    expect(parsed.counts).toEqual({ nodes: sourceCounts.nodes, edges: sourceCounts.relationships });
    expect(parsed.nodes).toHaveLength(sourceCounts.nodes);
    expect(parsed.edges).toHaveLength(sourceCounts.relationships);
    expect(parsed.version).toBe(sourceCounts.version);
    expect(tally(parsed.nodes.map((n) => n.kind))).toEqual(sourceCounts.byKind);
    expect(tally(parsed.edges.map((e) => e.type))).toEqual(sourceCounts.byType);
    const wassenaar = parsed.nodes.find((n) => n.id === 'regime:wassenaar');
    expect(wassenaar?.nameZh).toBe('瓦森纳安排');
    expect(wassenaar?.sources.length).toBeGreaterThan(0);
  });

  it('writes the whole graph as GraphML', async () => {
    const run = await runExport(['--format', 'graphml']);
    expect(run.code, run.stderr).toBe(0);
    const root = parseXml(run.stdout);
    expect(elements(root, 'node')).toHaveLength(sourceCounts.nodes);
    expect(elements(root, 'edge')).toHaveLength(sourceCounts.relationships);
  });

  it('refuses an unknown format with a clear message, before touching the database', async () => {
    const run = await runExport(['--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown format "xml": expected one of json, graphml, cypher.');
    expect(run.stderr).toContain('usage: npm run -s export --');
  });
});
