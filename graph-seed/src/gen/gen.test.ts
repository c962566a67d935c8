// The synthetic graph generator: valid by the seed's own validator (domain and range included), deterministic,
// shaped like the real seed, and written in the loader's own properties for the bulk import.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeRow, relationshipRow } from '../cypher';
import { DEFAULT_DATA_DIR, readAndValidateSeed, readSeedDir } from '../index';
import { readReport } from '../report';
import type { Seed, SeedEntity } from '../schema';
import { validateSeed } from '../validate';
import { SyntheticGraph } from './graph';
import { KIND_LABEL } from '#domain';
import {
  ARRAY_DELIMITER,
  BULK_FILES,
  csvField,
  NODE_COLUMNS,
  NODE_HEADER,
  nodeLine,
  RELATIONSHIP_COLUMNS,
  writeBulkFormat,
} from './writeBulk';
import { writeSeedFormat } from './writeSeed';

let real: Seed;
const dirs: string[] = [];

beforeAll(async () => {
  const result = await readAndValidateSeed();
  if (!result.ok) throw new Error('the real seed is invalid');
  real = result.seed;
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const first = <T>(items: Iterable<T>, count: number): T[] => {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === count) break;
    out.push(item);
  }
  return out;
};

/** A measure has every optional node property (scope and its note) that another kind lacks. */
function firstMeasure(graph: SyntheticGraph): SeedEntity {
  const measure = [...graph.entities()].find((entity) => entity.kind === 'CONTROL_MEASURE');
  if (measure === undefined) throw new Error('no synthetic CONTROL_MEASURE');
  return measure;
}

/** The first real entity that matches (the real seed has dated and undated entities). */
function realEntity(matches: (entity: SeedEntity) => boolean): SeedEntity {
  const entity = real.entities.find(matches);
  if (entity === undefined) throw new Error('no real entity matches');
  return entity;
}

describe('synthetic graph', () => {
  it('writes a seed directory that the validator accepts, domain and range included', async () => {
    const graph = new SyntheticGraph(real, {
      nodes: real.entities.length + 700,
      rels: real.relations.length + 3000,
      seed: 7,
    });
    const out = mkdtempSync(path.join(os.tmpdir(), 'atlas-gen-test-'));
    dirs.push(out);
    const written = writeSeedFormat(graph, DEFAULT_DATA_DIR, out);
    expect(written).toMatchObject({ nodes: real.entities.length + 700, relationships: real.relations.length + 3000 });

    const result = validateSeed(await readSeedDir(out), readReport());
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(result.ok && result.seed.entities.length).toBe(real.entities.length + 700);
    expect(result.ok && result.seed.relations.length).toBe(real.relations.length + 3000);
  }, 60_000);

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { nodes: 5000, rels: 20_000 };
    const a = new SyntheticGraph(real, { ...options, seed: 1 });
    const b = new SyntheticGraph(real, { ...options, seed: 1 });
    const c = new SyntheticGraph(real, { ...options, seed: 2 });
    expect(first(a.entities(), 50)).toEqual(first(b.entities(), 50));
    expect(first(a.relations(), 200)).toEqual(first(b.relations(), 200));
    expect(first(a.entities(), 50)).not.toEqual(first(c.entities(), 50));
    expect(first(a.relations(), 200)).not.toEqual(first(c.relations(), 200));
  });

  it('follows the real proportions of kinds and has hubs and bilingual names', () => {
    const graph = new SyntheticGraph(real, { nodes: 20_000, rels: 100_000, seed: 3 });
    const kinds = new Map<string, number>();
    const entities = [...graph.entities()];
    for (const entity of entities) kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
    for (const [kind, count] of graph.profile.kindCounts) {
      const expected = (count / real.entities.length) * entities.length;
      expect(Math.abs((kinds.get(kind) ?? 0) - expected)).toBeLessThanOrEqual(1);
    }
    expect(entities.every((entity) => /[A-Za-z]/u.test(entity.name.en) && /\p{Script=Han}/u.test(entity.name.zh))).toBe(
      true,
    );
    expect(entities.some((entity) => (entity.aliases?.en?.length ?? 0) > 0)).toBe(true);
    expect(entities.every((entity) => entity.sources.length > 0)).toBe(true);

    const degree = new Map<string, number>();
    let count = 0;
    for (const relation of graph.relations()) {
      count++;
      for (const end of [relation.from, relation.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    expect(count).toBe(100_000 - real.relations.length);
    const degrees = [...degree.values()].sort((x, y) => y - x);
    const mean = (2 * count) / degree.size;
    // Long-tailed: the biggest hub has far more neighbours than the typical entity.
    expect(degrees[0]).toBeGreaterThan(mean * 50);
    expect(degrees[Math.floor(degrees.length / 2)]).toBeLessThan(mean);
  }, 60_000);

  it('makes hierarchy hubs hubs of incoming links: a narrower entity has few broader ones', () => {
    const graph = new SyntheticGraph(real, { nodes: 20_000, rels: 100_000, seed: 3 });
    const out = new Map<string, number>();
    const into = new Map<string, number>();
    for (const relation of graph.relations()) {
      if (relation.type !== 'EXAMPLE_OF' && relation.type !== 'SUBTYPE_OF') continue;
      out.set(relation.from, (out.get(relation.from) ?? 0) + 1);
      into.set(relation.to, (into.get(relation.to) ?? 0) + 1);
    }
    const maxOut = Math.max(...out.values());
    const maxIn = Math.max(...into.values());
    // Uniform narrower ends: about (links / entities of the kind) each, never hundreds.
    expect(maxOut).toBeLessThan(20);
    expect(maxIn).toBeGreaterThan(maxOut * 10);
    // The real seed's technologies gain no synthetic broader categories.
    const realIds = new Set(real.entities.map((entity) => entity.id));
    expect([...out.keys()].some((id) => realIds.has(id))).toBe(false);
  }, 60_000);

  it('exports every property the loader writes, on nodes and on relationships, dates included', () => {
    const graph = new SyntheticGraph(real, { nodes: 5000, rels: 5000, seed: 1 });
    const documents = new Map(real.entities.filter((e) => e.kind === 'DOCUMENT').map((e) => [e.id, e]));
    const nodeKeys = new Set<string>();
    for (const entity of [...real.entities, firstMeasure(graph), ...first(graph.entities(), 200)]) {
      for (const key of Object.keys(nodeRow(entity, documents))) nodeKeys.add(key);
    }
    const relationshipKeys = new Set<string>();
    for (const relation of [...real.relations, ...first(graph.relations(), 200)]) {
      for (const key of Object.keys(relationshipRow(relation, documents).properties)) relationshipKeys.add(key);
    }
    // The real seed has dated entities and relationships: their dates must reach the import too.
    expect(nodeKeys).toContain('validFromDay');
    expect(relationshipKeys).toContain('validFromDay');
    expect([...nodeKeys].sort()).toEqual(NODE_COLUMNS.map(([key]) => key).sort());
    expect([...relationshipKeys].sort()).toEqual(RELATIONSHIP_COLUMNS.map(([key]) => key).sort());
  });

  it("writes a dated fact's days as import dates and leaves an undated fact's empty", () => {
    const documents = new Map(real.entities.filter((e) => e.kind === 'DOCUMENT').map((e) => [e.id, e]));
    const dated = realEntity((entity) => entity.validFrom !== undefined);
    const undated = realEntity((entity) => entity.validFrom === undefined && entity.validTo === undefined);
    const column = NODE_HEADER.indexOf('validFromDay:date');
    expect(column).toBeGreaterThan(-1);
    const fields = (line: string) => [...line.trimEnd().matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/gu)].map((m) => m[1]);
    const datedFields = fields(nodeLine(nodeRow(dated, documents), 0));
    expect(datedFields[column]).toBe(`"${nodeRow(dated, documents).validFromDay ?? 'missing'}"`);
    expect(datedFields[column]).toMatch(/^"\d{4}-\d{2}-\d{2}"$/u);
    expect(fields(nodeLine(nodeRow(undated, documents), 1))[column]).toBe('');
  });

  it("writes every real entity's row, and its array fields split back into the items", () => {
    // Real names contain ";" (Federal Register titles): the array delimiter must not be a character names use.
    const documents = new Map(real.entities.filter((e) => e.kind === 'DOCUMENT').map((e) => [e.id, e]));
    const fields = (line: string) => [...line.trimEnd().matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/gu)].map((m) => m[1]);
    // An empty array is an empty quoted field, which the import leaves unset (the API reads it as an empty list).
    const items = (field: string | undefined) =>
      field === '""' || field === undefined ? [] : field.slice(1, -1).replaceAll('""', '"').split(ARRAY_DELIMITER);
    expect(real.entities.some((entity) => entity.name.en.includes(';'))).toBe(true);
    real.entities.forEach((entity, index) => {
      const row = nodeRow(entity, documents);
      const line = fields(nodeLine(row, index));
      expect(line[NODE_HEADER.indexOf(':ID')]).toBe(String(index));
      expect(line[NODE_HEADER.indexOf('id')]).toBe(`"${entity.id}"`);
      expect(items(line[NODE_HEADER.indexOf('nameKeys:string[]')])).toEqual(row.nameKeys);
      expect(items(line[NODE_HEADER.indexOf('aliases:string[]')])).toEqual(row.aliases);
      expect(items(line[NODE_HEADER.indexOf(':LABEL')])).toEqual(['Entity', KIND_LABEL[entity.kind]]);
    });
  });

  it("joins every relationship to its ends' integer import ids, each id given to one entity", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bulk-'));
    dirs.push(dir);
    const graph = new SyntheticGraph(real, { nodes: 1500, rels: 4000, seed: 3 });
    writeBulkFormat(graph, dir);
    const lines = (file: string) => readFileSync(path.join(dir, file), 'utf8').trimEnd().split('\n');
    const fields = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/gu)].map((m) => m[1] ?? '');
    const unquote = (field: string) => field.slice(1, -1).replaceAll('""', '"');
    expect(lines(BULK_FILES.nodesHeader)).toEqual([NODE_HEADER.join(',')]);
    const idOf = new Map<string, string>();
    for (const line of lines(BULK_FILES.nodes)) {
      const row = fields(line);
      const importId = row[NODE_HEADER.indexOf(':ID')] ?? '';
      expect(importId).toMatch(/^\d+$/u);
      expect(idOf.has(importId)).toBe(false);
      idOf.set(importId, unquote(row[NODE_HEADER.indexOf('id')] ?? ''));
    }
    expect(idOf.size).toBe(1500);
    const expected = [...real.relations, ...graph.relations()];
    const written = lines(BULK_FILES.relationships);
    expect(written).toHaveLength(expected.length);
    written.forEach((line, index) => {
      const [start = '', end = '', type] = fields(line);
      const relation = expected[index];
      expect([idOf.get(start), type, idOf.get(end)]).toEqual([relation?.from, relation?.type, relation?.to]);
    });
  });

  it('quotes CSV text, leaves missing values empty and refuses what the import would misread', () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(null)).toBe('');
    expect(csvField(['x', 'y'])).toBe('"x\u001fy"');
    expect(csvField(['a;b'])).toBe('"a;b"');
    expect(() => csvField(['a\u001fb'])).toThrow(/array delimiter/u);
    expect(() => csvField('two\nlines')).toThrow(/line break/u);
  });
});
