// Loading the seed into a real Neo4j: idempotent, the graph follows the seed, a failed load (at validation or
// inside the transaction) leaves the previous graph intact, and the real seed under graph-seed/data is valid.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, assert, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import {
  ensureSeedLoaded,
  loadSeed,
  readAndValidateSeed,
  readSeedVersion,
  SeedLoadError,
} from '../../graph-seed/src/index';
import type { Seed } from '../../graph-seed/src/index';
import { REPO_ROOT } from '../../graph-seed/src/report';
import { validSeedOf } from '../unit/helpers/valid-seed';
import { openTestNeo4j } from './neo4j-helper';
import type { TestNeo4j } from './neo4j-helper';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

type Fixture = Record<string, unknown>;

/** Sources that quote the real report, so the fixtures also pass the CLI (which always uses the real report). */
const HARDWARE = { doc: 'doc:unido-report', section: '1. 硬件资源(人工智能芯片)', quote: '训练大模型' };
const PREFACE = {
  doc: 'doc:unido-report',
  section: '序言',
  quote: '人类的进步始终伴随着技术创新——而且,往往也伴随着战争。',
};

/** The English renderings every valid seed needs for its Chinese quotes and sections (graph-seed/src/translations.ts). */
const TRANSLATIONS = {
  sections: [
    { zh: HARDWARE.section, en: '1. Hardware resources (AI chips)' },
    { zh: PREFACE.section, en: 'Preface' },
  ],
  quotes: [
    { zh: HARDWARE.quote, en: 'training large models' },
    {
      zh: PREFACE.quote,
      en: 'Human progress has always gone hand in hand with technological innovation, and often with war.',
    },
  ],
};

function entity(id: string, kind: string, extra: Fixture = {}): Fixture {
  return {
    id,
    kind,
    name: { en: `${id} name`, zh: `${id} 名称` },
    summary: { en: `About ${id}.`, zh: `关于${id}。` },
    sources: [PREFACE],
    ...extra,
  };
}

function fixtureFiles(options: { withoutTraining?: boolean } = {}): Record<string, Fixture> {
  const entities = [
    entity('doc:unido-report', 'DOCUMENT', { name: { en: 'The UNIDO report', zh: '专家报告' } }),
    entity('doc:example', 'DOCUMENT', { url: 'https://example.org/page' }),
    entity('tech:gpu', 'TECHNOLOGY', {
      name: { en: 'Graphics processing unit', zh: '图形处理器' },
      aliases: { en: ['GPU'], zh: ['显卡'] },
      properties: { vendors: ['NVIDIA', 'AMD'] },
      sources: [HARDWARE, { doc: 'doc:example', supplementary: true }],
    }),
    entity('regime:wassenaar', 'REGIME', { note: { en: 'A note.', zh: '注释。' } }),
  ];
  const relations = [relation('tech:gpu', 'CONTROLLED_BY', 'regime:wassenaar')];
  if (!options.withoutTraining) {
    entities.push(entity('app:model-training', 'APPLICATION', { sources: [HARDWARE] }));
    relations.push(relation('tech:gpu', 'USED_FOR', 'app:model-training'));
  }
  return { 'entities/all.yaml': { entities }, 'relations/all.yaml': { relations }, 'translations.yaml': TRANSLATIONS };
}

function relation(from: string, type: string, to: string): Fixture {
  return { from, type, to, sources: [HARDWARE] };
}

const tempDirs: string[] = [];

function writeSeedDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-data-'));
  tempDirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : YAML.stringify(content));
  }
  return dir;
}

async function validSeed(files: Record<string, unknown>): Promise<Seed> {
  return validSeedOf(await readAndValidateSeed(writeSeedDir(files)));
}

const execFileAsync = promisify(execFile);

/** Runs `npm run seed` (the CLI through tsx) against the test database. */
async function runCli(neo: TestNeo4j, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database ?? '',
  };
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await execFileAsync(tsx, ['graph-seed/src/cli.ts', ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

interface NodeSnapshot {
  readonly id: string;
  readonly labels: string[];
  readonly props: Record<string, unknown>;
}

interface RelationshipSnapshot {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

describe('loading the seed into Neo4j', () => {
  let neo: TestNeo4j;

  const query = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await neo.driver.executeQuery(cypher, params, {
      ...(neo.database === undefined ? {} : { database: neo.database }),
    });
    return records.map((record) => record.toObject() as T);
  };

  /** The whole :Entity graph as plain data: nodes with labels and properties, relationships with type and id. */
  const snapshot = async () => ({
    nodes: (
      await query<NodeSnapshot>(
        'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
      )
    ).map((node) => ({ ...node, labels: [...node.labels].sort() })),
    relationships: await query<RelationshipSnapshot>(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ' +
        'ORDER BY r.id',
    ),
    meta: await query('MATCH (m:SeedMeta) RETURN m.version AS version, m.nodes AS nodes, m.relationships AS rels'),
  });

  beforeAll(async () => {
    neo = await openTestNeo4j();
  }, 240_000);
  afterAll(async () => {
    await neo.close();
  }, 240_000);
  beforeEach(async () => {
    await neo.clean();
  });
  afterEach(() => {
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('loads a seed with labels, properties and relationships, and loading it twice changes nothing', async () => {
    const seed = await validSeed(fixtureFiles());
    const first = await loadSeed(neo.driver, seed, { database: neo.database });
    expect(first).toEqual({ nodes: 5, relationships: 2, version: seed.version });
    const afterFirst = await snapshot();

    const gpu = afterFirst.nodes.find((node) => node.id === 'tech:gpu');
    expect(gpu?.labels).toEqual(['Entity', 'Technology']);
    expect(gpu?.props).toMatchObject({
      kind: 'TECHNOLOGY',
      nameEn: 'Graphics processing unit',
      nameZh: '图形处理器',
      aliasesEn: ['GPU'],
      aliasesZh: ['显卡'],
      aliases: ['GPU', '显卡'],
      aliasesText: 'GPU | 显卡',
      nameKeys: ['graphics processing unit', '图形处理器', 'gpu', '显卡'],
      propertiesJson: '{"vendors":["NVIDIA","AMD"]}',
    });
    const gpuProps = gpu?.props ?? {};
    expect(gpuProps).not.toHaveProperty('noteEn'); // null properties are simply absent in Neo4j
    expect(JSON.parse(gpuProps.sourcesJson as string)).toEqual([
      {
        documentId: 'doc:unido-report',
        document: 'The UNIDO report',
        documentZh: '专家报告',
        section: HARDWARE.section,
        // The atlas's renderings from translations.yaml, stored beside the verbatim originals.
        sectionEn: '1. Hardware resources (AI chips)',
        footnote: null,
        quote: '训练大模型',
        quoteEn: 'training large models',
        url: null,
        supplementary: false,
        note: null,
      },
      {
        documentId: 'doc:example',
        document: 'doc:example name',
        documentZh: 'doc:example 名称',
        section: null,
        sectionEn: null,
        footnote: null,
        quote: null,
        quoteEn: null,
        url: 'https://example.org/page',
        supplementary: true,
        note: null,
      },
    ]);
    expect(afterFirst.relationships.map((r) => [r.from, r.type, r.to, r.props.id])).toEqual([
      ['tech:gpu', 'CONTROLLED_BY', 'regime:wassenaar', 'tech:gpu|CONTROLLED_BY|regime:wassenaar'],
      ['tech:gpu', 'USED_FOR', 'app:model-training', 'tech:gpu|USED_FOR|app:model-training'],
    ]);

    const second = await loadSeed(neo.driver, seed, { database: neo.database });
    expect(second).toEqual(first);
    const afterSecond = await snapshot();
    expect(afterSecond.nodes).toEqual(afterFirst.nodes);
    expect(afterSecond.relationships).toEqual(afterFirst.relationships);
  });

  it('records the seed version with the counts', async () => {
    expect(await readSeedVersion(neo.driver, { database: neo.database })).toBeNull();
    const seed = await validSeed(fixtureFiles());
    await loadSeed(neo.driver, seed, { database: neo.database });
    expect(await readSeedVersion(neo.driver, { database: neo.database })).toBe(seed.version);
    const [meta] = (await snapshot()).meta;
    expect(meta?.version).toBe(seed.version);
    expect(neo4jNumber(meta?.nodes)).toBe(5);
    expect(neo4jNumber(meta?.rels)).toBe(2);
    const [loadedAt] = await query<{ at: string }>(
      "MATCH (m:SeedMeta {key: 'seed'}) RETURN toString(m.loadedAt) AS at",
    );
    expect(Date.parse(loadedAt?.at ?? '')).toBeGreaterThan(Date.now() - 600_000);
  });

  it('removes an entity, with its relationships, when the seed no longer has it', async () => {
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    const smaller = await validSeed(fixtureFiles({ withoutTraining: true }));
    expect(await loadSeed(neo.driver, smaller, { database: neo.database })).toEqual({
      nodes: 4,
      relationships: 1,
      version: smaller.version,
    });
    const after = await snapshot();
    expect(after.nodes.map((node) => node.id)).not.toContain('app:model-training');
    expect(after.relationships.map((r) => r.type)).toEqual(['CONTROLLED_BY']);
  });

  it('makes the graph equal the seed: stray entities, relationships, labels and properties go', async () => {
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    await query(
      "MATCH (g:Entity {id: 'tech:gpu'}) SET g:Regime, g.extra = 1 " +
        "CREATE (:Entity {id: 'tech:stray'})<-[:MENTIONS]-(g)-[:USED_FOR]->(g)",
    );
    const files = fixtureFiles();
    const entities = (files['entities/all.yaml']?.entities ?? []) as Fixture[];
    const regime = entities.find((e) => e.id === 'regime:wassenaar');
    assert(regime, 'the fixture has the Wassenaar Arrangement');
    delete regime.note;
    await loadSeed(neo.driver, await validSeed(files), { database: neo.database });
    const after = await snapshot();
    expect(after.nodes.map((node) => node.id)).not.toContain('tech:stray');
    expect(after.relationships).toHaveLength(2);
    const wassenaar = after.nodes.find((node) => node.id === 'regime:wassenaar');
    expect(wassenaar?.props).not.toHaveProperty('noteEn');
    expect(wassenaar?.labels).toEqual(['Entity', 'Regime']);
    const gpu = after.nodes.find((node) => node.id === 'tech:gpu');
    expect(gpu?.labels).toEqual(['Entity', 'Technology']);
    expect(gpu?.props).not.toHaveProperty('extra');
  });

  it('with reset, deletes everything first and loads the seed (nodes are recreated, not merged)', async () => {
    const elementId = async () =>
      (await query<{ eid: string }>("MATCH (n:Entity {id: 'tech:gpu'}) RETURN elementId(n) AS eid"))[0]?.eid;
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    const original = await elementId();
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    expect(await elementId()).toBe(original);

    const seed = await validSeed(fixtureFiles({ withoutTraining: true }));
    expect(await loadSeed(neo.driver, seed, { reset: true, database: neo.database })).toEqual({
      nodes: 4,
      relationships: 1,
      version: seed.version,
    });
    expect(await elementId()).not.toBe(original);
  });

  it('leaves the previous graph intact when the load fails inside the transaction', async () => {
    const original = await validSeed(fixtureFiles());
    await loadSeed(neo.driver, original, { database: neo.database });
    const before = await snapshot();

    // A failure after every write, even with reset (which deletes everything first), rolls it all back.
    const smaller = await validSeed(fixtureFiles({ withoutTraining: true }));
    await expect(
      loadSeed(neo.driver, smaller, {
        reset: true,
        database: neo.database,
        beforeCommit: () => {
          throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await snapshot()).toEqual(before);

    // Seeds that slipped past validation: the database-level checks abort the load.
    const duplicateId: Seed = { ...smaller, entities: [...smaller.entities, ...smaller.entities.slice(0, 1)] };
    await expect(loadSeed(neo.driver, duplicateId, { database: neo.database })).rejects.toThrow(SeedLoadError);
    const dangling: Seed = {
      ...smaller,
      relations: [...smaller.relations, { ...(smaller.relations[0] as Seed['relations'][number]), to: 'app:nowhere' }],
    };
    await expect(loadSeed(neo.driver, dangling, { database: neo.database })).rejects.toThrow(
      'wrote 1 relationships but the seed has 2',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('never touches the database when the data directory is invalid', async () => {
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    const before = await snapshot();
    const broken = fixtureFiles({ withoutTraining: true });
    const brokenDir = writeSeedDir({ ...broken, 'relations/bad.yaml': 'relations:\n  - from: tech:gpu\n    to: [\n' });

    const cli = await runCli(neo, ['--dir', brokenDir]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`${path.join(brokenDir, 'relations', 'bad.yaml')}: YAML syntax error at line`);
    expect(cli.stderr).toContain('Nothing was loaded.');
    await expect(ensureSeedLoaded(neo.driver, () => undefined, neo.database, { dataDir: brokenDir })).rejects.toThrow(
      /The seed has 1 problem/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('loads through the CLI, and --check validates without loading', async () => {
    const dir = writeSeedDir(fixtureFiles());
    const check = await runCli(neo, ['--check', '--dir', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/Seed OK: 5 entities, 2 relations \(version [0-9a-f]{12}\)/);
    expect((await snapshot()).nodes).toEqual([]);

    const load = await runCli(neo, ['--dir', dir]);
    expect(load.code, load.stderr).toBe(0);
    expect(load.stdout).toContain('5 entities, 2 relationships');
    expect((await snapshot()).nodes).toHaveLength(5);
  });

  it('ensureSeedLoaded loads when the database has no seed or another version, and only then', async () => {
    const log: string[] = [];
    const dir = writeSeedDir(fixtureFiles());
    const ensure = (dataDir: string) =>
      ensureSeedLoaded(neo.driver, (line) => log.push(line), neo.database, { dataDir });
    expect(await ensure(dir)).toMatchObject({ status: 'loaded', previousVersion: null });
    const again = await ensure(dir);
    expect(again).toMatchObject({ status: 'up-to-date' });
    const changed = await ensure(writeSeedDir(fixtureFiles({ withoutTraining: true })));
    expect(changed).toMatchObject({ status: 'loaded', previousVersion: again.version });
    expect(log).toHaveLength(5);
  });

  it('creates the full-text indexes: Chinese bigrams in entityNames, Latin words in entityNamesEn', async () => {
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    const search = async (index: string, text: string) =>
      (
        await query<{ id: string }>(
          'CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id',
          { index, text },
        )
      ).map((row) => row.id);
    expect(await search('entityNames', '处理器')).toContain('tech:gpu');
    expect(await search('entityNamesEn', 'graphics')).toContain('tech:gpu');
    expect(await search('entityNamesEn', 'GPU')).toContain('tech:gpu');
    // One character is below the cjk analyzer's bigrams: the names' character index answers it.
    expect(await search('entityNameTokens', '"卡"')).toEqual(['tech:gpu']);
    // Each folded name or alias is one term of the keyword index: equal, or a prefix of it.
    expect(await search('entityNameKeys', 'nameKeys:"graphics processing unit"')).toEqual(['tech:gpu']);
    expect(await search('entityNameKeys', 'nameKeys:graphics\\ proc*')).toEqual(['tech:gpu']);
    expect(await search('entityNameKeys', 'nameKeys:"graphics"')).toEqual([]);
  });

  it('stores dates as given and as Neo4j dates on nodes and relationships, answerable as of a day', async () => {
    const files = fixtureFiles();
    const dated = (date: string) => ({ date, sources: [PREFACE] });
    const entities = files['entities/all.yaml']?.entities as Fixture[];
    const wassenaar = entities.find((e) => e.id === 'regime:wassenaar');
    Object.assign(wassenaar ?? {}, { validFrom: dated('1996-07'), validTo: dated('2030') });
    const relations = files['relations/all.yaml']?.relations as Fixture[];
    Object.assign(relations[0] ?? {}, { validFrom: dated('2022-10-07') });
    await loadSeed(neo.driver, await validSeed(files), { database: neo.database });

    const [node] = await query(
      "MATCH (n:Entity {id: 'regime:wassenaar'}) RETURN n.validFrom AS validFrom, n.validTo AS validTo, " +
        'toString(n.validFromDay) AS fromDay, toString(n.validToDay) AS toDay, ' +
        'valueType(n.validFromDay) AS fromType, n.validityJson AS json',
    );
    expect(node).toMatchObject({
      validFrom: '1996-07',
      validTo: '2030',
      fromDay: '1996-07-01',
      toDay: '2030-12-31',
      fromType: 'DATE NOT NULL',
    });
    const validity = JSON.parse(node?.json as string) as { validFrom: { sources: { quote: string }[] } };
    expect(validity.validFrom.sources[0]?.quote).toBe(PREFACE.quote);

    const asOf = async (day: string) =>
      (
        await query<{ id: string }>(
          'MATCH (a:Entity)-[r]->(b:Entity) WHERE all(x IN [a, r, b] WHERE ' +
            '(x.validFromDay IS NULL OR x.validFromDay <= date($day)) AND ' +
            '(x.validToDay IS NULL OR x.validToDay >= date($day))) RETURN r.id AS id ORDER BY id',
          { day },
        )
      ).map((row) => row.id);
    expect(await asOf('2022-10-06')).toEqual(['tech:gpu|USED_FOR|app:model-training']);
    expect(await asOf('2022-10-07')).toEqual([
      'tech:gpu|CONTROLLED_BY|regime:wassenaar',
      'tech:gpu|USED_FOR|app:model-training',
    ]);
    expect(await asOf('2031-01-01')).toEqual(['tech:gpu|USED_FOR|app:model-training']);

    // Marked Dated: an entity with a date of its own, and both ends of a dated relationship (dated.ts).
    const marked = async () =>
      (await query<{ id: string }>('MATCH (n:Dated) RETURN n.id AS id ORDER BY id')).map((row) => row.id);
    expect(await marked()).toEqual(['regime:wassenaar', 'tech:gpu']);

    const undated = await query<{ keys: string[] }>("MATCH (n:Entity {id: 'tech:gpu'}) RETURN keys(n) AS keys");
    expect(undated[0]?.keys.filter((key) => key.startsWith('valid'))).toEqual([]);
    const indexes = await query<{ properties: string[] }>(
      "SHOW RANGE INDEXES YIELD labelsOrTypes, properties WHERE 'Entity' IN labelsOrTypes RETURN properties",
    );
    expect(indexes.map((index) => index.properties)).toEqual(
      expect.arrayContaining([['validFromDay'], ['validToDay']]),
    );

    // A reload without the relationship's date moves the marker with it; without any date, nothing is marked.
    relations[0] = Object.fromEntries(Object.entries(relations[0] ?? {}).filter(([key]) => key !== 'validFrom'));
    await loadSeed(neo.driver, await validSeed(files), { database: neo.database });
    expect(await marked()).toEqual(['regime:wassenaar']);
    await loadSeed(neo.driver, await validSeed(fixtureFiles()), { database: neo.database });
    expect(await marked()).toEqual([]);
  });

  it('the real seed under graph-seed/data is valid and loads', async () => {
    // A failure lists the problems, which says what to fix.
    const seed = validSeedOf(await readAndValidateSeed());
    expect(seed.entities.length).toBeGreaterThan(0);
    expect(seed.entities.map((e) => e.id)).toContain('doc:unido-report');
    const loaded = await loadSeed(neo.driver, seed, { reset: true, database: neo.database });
    expect(loaded).toEqual({
      nodes: seed.entities.length,
      relationships: seed.relations.length,
      version: seed.version,
    });
  });
});

function neo4jNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && 'toNumber' in value) {
    return (value as { toNumber(): number }).toNumber();
  }
  throw new Error(`not a number: ${String(value)}`);
}
