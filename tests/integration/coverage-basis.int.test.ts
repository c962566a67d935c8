// The coverage basis on small graphs built for it: one chain per basis (NAMED, CATEGORY, GENERAL), the generic-measure
// case (a regime that employs a general measure "covers" everything under it, but only as GENERAL), the strongest
// basis winning over a shorter weaker one, and who applies each instrument. The rule itself is server/src/coverage.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../server/src/db/driver';
import { startTestApi } from './harness';
import { openTestNeo4j, type TestNeo4j } from './neo4j-helper';

const KIND_LABEL: Record<string, string> = {
  TECHNOLOGY: 'Technology',
  CONTROL_MEASURE: 'ControlMeasure',
  REGIME: 'Regime',
  JURISDICTION: 'Jurisdiction',
  AGENCY: 'Agency',
};

interface Node {
  readonly id: string;
  readonly kind: keyof typeof KIND_LABEL;
  readonly scope?: 'GENERAL' | 'SPECIFIC';
}

const SOURCE = JSON.stringify([{ documentId: 'doc:fixture', document: 'Fixture', quote: 'q', supplementary: true }]);

/**
 *   product ─EXAMPLE_OF→ category ─SUBTYPE_OF→ family
 *   product ─CONTROLLED_BY→ specific (SPECIFIC)      → NAMED
 *   family  ─CONTROLLED_BY→ broad (SPECIFIC)         → CATEGORY for product and category
 *   category ─CONTROLLED_BY→ lists (GENERAL)         → GENERAL
 *   weights ─CONTROLLED_BY→ lists                    → weights only GENERAL
 *   sanctions ─EMPLOYS→ lists                        → the generic-measure case: GENERAL
 *   pact ─EMPLOYS→ specific                          → NAMED through the measure (EMPLOYED_MEASURE)
 *   both: product ─CONTROLLED_BY→ both, both ─EMPLOYS→ lists → NAMED (the stronger chain wins)
 *   state ─EMPLOYS→ specific; bureau ─ADMINISTERS→ pact ─EMPLOYS→ specific; sanctions ─ADOPTED_BY→ state
 */
const NODES: readonly Node[] = [
  { id: 'tech:fx-product', kind: 'TECHNOLOGY' },
  { id: 'tech:fx-category', kind: 'TECHNOLOGY' },
  { id: 'tech:fx-family', kind: 'TECHNOLOGY' },
  { id: 'tech:fx-weights', kind: 'TECHNOLOGY' },
  { id: 'tech:fx-uncovered', kind: 'TECHNOLOGY' },
  { id: 'measure:fx-specific', kind: 'CONTROL_MEASURE', scope: 'SPECIFIC' },
  { id: 'measure:fx-broad', kind: 'CONTROL_MEASURE', scope: 'SPECIFIC' },
  { id: 'measure:fx-lists', kind: 'CONTROL_MEASURE', scope: 'GENERAL' },
  { id: 'regime:fx-sanctions', kind: 'REGIME' },
  { id: 'regime:fx-pact', kind: 'REGIME' },
  { id: 'regime:fx-both', kind: 'REGIME' },
  { id: 'jur:fx-state', kind: 'JURISDICTION' },
  { id: 'agency:fx-bureau', kind: 'AGENCY' },
];

const EDGES: readonly (readonly [string, string, string])[] = [
  ['tech:fx-product', 'EXAMPLE_OF', 'tech:fx-category'],
  ['tech:fx-category', 'SUBTYPE_OF', 'tech:fx-family'],
  ['tech:fx-product', 'CONTROLLED_BY', 'measure:fx-specific'],
  ['tech:fx-family', 'CONTROLLED_BY', 'measure:fx-broad'],
  ['tech:fx-category', 'CONTROLLED_BY', 'measure:fx-lists'],
  ['tech:fx-weights', 'CONTROLLED_BY', 'measure:fx-lists'],
  ['regime:fx-sanctions', 'EMPLOYS', 'measure:fx-lists'],
  ['regime:fx-pact', 'EMPLOYS', 'measure:fx-specific'],
  ['tech:fx-product', 'CONTROLLED_BY', 'regime:fx-both'],
  ['regime:fx-both', 'EMPLOYS', 'measure:fx-lists'],
  ['jur:fx-state', 'EMPLOYS', 'measure:fx-specific'],
  ['agency:fx-bureau', 'ADMINISTERS', 'regime:fx-pact'],
  ['regime:fx-sanctions', 'ADOPTED_BY', 'jur:fx-state'],
];

const COVERAGE = `query C($id: ID!) {
  coverage(technologyId: $id) {
    basis
    via
    instrument { id }
    path { length nodes { id } }
    appliedBy { role entity { id } path { length nodes { id } } }
  }
}`;

interface Item {
  basis: string;
  via: string;
  instrument: { id: string };
  path: { length: number; nodes: { id: string }[] };
  appliedBy: { role: string; entity: { id: string }; path: { length: number; nodes: { id: string }[] } }[];
}

describe('coverage basis on small graphs', () => {
  let neo: TestNeo4j;
  let db: Db;
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    neo = await openTestNeo4j();
    db = createDb({ ...neo, queryTimeoutMs: 10_000 });
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
    await neo.close();
  });

  beforeEach(async () => {
    await neo.clean();
    for (const node of NODES) {
      await db.write({
        cypher: `CREATE (n:Entity:${KIND_LABEL[node.kind] ?? 'Entity'} {id: $id, kind: $kind, nameEn: $id, nameZh: $id, sourcesJson: $sources})
SET n.scope = $scope`,
        params: { id: node.id, kind: node.kind, sources: SOURCE, scope: node.scope ?? null },
      });
    }
    for (const [from, type, to] of EDGES) {
      // The type is one of this file's constants, checked against the vocabulary's spelling.
      if (!/^[A-Z_]+$/.test(type)) throw new Error(`bad type ${type}`);
      await db.write({
        cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[:${type} {id: $id, sourcesJson: $sources}]->(b)`,
        params: { from, to, id: `${from}|${type}|${to}`, sources: SOURCE },
      });
    }
  });

  const coverage = async (id: string) => {
    const result = await api.execute<{ coverage: Item[] }>(COVERAGE, { id });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no data');
    return result.data.coverage;
  };

  it('gives each instrument its strongest basis and orders NAMED, CATEGORY, GENERAL, then by length and id', async () => {
    const found = await coverage('tech:fx-product');
    expect(found.map((c) => [c.instrument.id, c.basis, c.via, c.path.length])).toEqual([
      ['measure:fx-specific', 'NAMED', 'DIRECT', 1],
      ['regime:fx-both', 'NAMED', 'DIRECT', 1],
      ['regime:fx-pact', 'NAMED', 'EMPLOYED_MEASURE', 2],
      ['measure:fx-broad', 'CATEGORY', 'BROADER_TECHNOLOGY', 3],
      ['measure:fx-lists', 'GENERAL', 'BROADER_TECHNOLOGY', 2],
      ['regime:fx-sanctions', 'GENERAL', 'EMPLOYED_MEASURE', 3],
    ]);
  });

  it('keeps a regime that only employs a general measure at GENERAL (the generic-measure case)', async () => {
    for (const id of ['tech:fx-product', 'tech:fx-category', 'tech:fx-weights']) {
      const sanctions = (await coverage(id)).find((c) => c.instrument.id === 'regime:fx-sanctions');
      expect(sanctions?.basis, id).toBe('GENERAL');
      expect(sanctions?.path.nodes.map((n) => n.id)).toContain('measure:fx-lists');
    }
  });

  it('says CATEGORY for a category controlled through its parent, and only GENERAL where nothing else reaches', async () => {
    const category = await coverage('tech:fx-category');
    expect(category.find((c) => c.instrument.id === 'measure:fx-broad')?.basis).toBe('CATEGORY');
    const weights = await coverage('tech:fx-weights');
    expect(weights.map((c) => c.basis)).toEqual(['GENERAL', 'GENERAL', 'GENERAL']);
    expect(weights.map((c) => c.instrument.id)).toEqual(['measure:fx-lists', 'regime:fx-both', 'regime:fx-sanctions']);
    expect(await coverage('tech:fx-uncovered')).toEqual([]);
  });

  it('names who applies each instrument, with the path from the actor', async () => {
    const specific = (await coverage('tech:fx-product')).find((c) => c.instrument.id === 'measure:fx-specific');
    expect(specific?.appliedBy.map((a) => [a.entity.id, a.role, a.path.length])).toEqual([
      ['jur:fx-state', 'EMPLOYS', 1],
      ['regime:fx-pact', 'EMPLOYS', 1],
      ['agency:fx-bureau', 'ADMINISTERS', 2],
    ]);
    const bureau = specific?.appliedBy.find((a) => a.entity.id === 'agency:fx-bureau');
    expect(bureau?.path.nodes.map((n) => n.id)).toEqual(['agency:fx-bureau', 'regime:fx-pact', 'measure:fx-specific']);
    const sanctions = (await coverage('tech:fx-weights')).find((c) => c.instrument.id === 'regime:fx-sanctions');
    expect(sanctions?.appliedBy.map((a) => [a.entity.id, a.role])).toEqual([['jur:fx-state', 'ADOPTED_BY']]);
  });
});
