// entity, Entity.relations (with Relation.label) and relationTypes against the real seeded graph.
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '#domain';
import type { Db } from '../../server/src/db/driver';
import { expectCode, idOf, type TestApi } from './api-helpers';
import { startTestApi, testDb } from './harness';

interface RelationWire {
  id: string;
  type: string;
  direction: 'OUT' | 'IN';
  label: string;
  labelZh: string;
  other: { id: string; kind: string };
  sources: { document: string; supplementary: boolean }[];
}

const ENTITY = `query Entity($id: ID!, $types: [String!], $direction: Direction) {
  entity(id: $id) {
    id kind name nameZh: name(lang: ZH) summary summaryZh: summary(lang: ZH) aliases url
    sources { document documentId section footnote quote url supplementary }
    relations(types: $types, direction: $direction) {
      id type direction label labelZh: label(lang: ZH) other { id kind } sources { document supplementary }
    }
  }
}`;

describe('entity', () => {
  let db: Db;
  let api: TestApi;
  let h100: string;

  beforeAll(async () => {
    db = testDb();
    api = await startTestApi(db);
    h100 = await idOf(db, 'NVIDIA H100', 'TECHNOLOGY');
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('returns an entity with names and summaries in both languages', async () => {
    const result = await api.execute<{
      entity: { id: string; kind: string; name: string; nameZh: string; summary: string; summaryZh: string };
    }>(ENTITY, { id: h100 });
    expect(result.errors).toBeUndefined();
    const [stored] = await db.read<{ nameEn: string; nameZh: string; summaryEn: string; summaryZh: string }>({
      cypher:
        'MATCH (n:Entity {id: $id}) RETURN n.nameEn AS nameEn, n.nameZh AS nameZh, n.summaryEn AS summaryEn, n.summaryZh AS summaryZh',
      params: { id: h100 },
    });
    expect(result.data?.entity).toMatchObject({
      id: h100,
      kind: 'TECHNOLOGY',
      name: stored?.nameEn,
      nameZh: stored?.nameZh,
      summary: stored?.summaryEn,
      summaryZh: stored?.summaryZh,
    });
    expect(result.data?.entity.nameZh).not.toBe(result.data?.entity.name);
  });

  it('returns null for an unknown id', async () => {
    const result = await api.execute<{ entity: null }>(ENTITY, { id: 'tech:does-not-exist' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity).toBeNull();
  });

  it('lists every relationship of the entity, with the entity at the other end, sorted', async () => {
    const result = await api.execute<{ entity: { relations: RelationWire[] } }>(ENTITY, { id: h100 });
    expect(result.errors).toBeUndefined();
    const relations = result.data?.entity.relations ?? [];
    const [count] = await db.read<{ n: number }>({
      cypher: 'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS n',
      params: { id: h100 },
    });
    expect(relations).toHaveLength(count?.n ?? -1);
    expect(relations.length).toBeGreaterThan(0);
    const keys = relations.map((r) => [r.type, r.direction === 'OUT' ? 0 : 1, r.other.id, r.id].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
    for (const relation of relations) {
      expect(relation.sources.length).toBeGreaterThan(0);
      const spec = RELATION_TYPES[relation.type as keyof typeof RELATION_TYPES];
      const phrase = relation.direction === 'OUT' ? spec.verb : spec.inverse;
      expect(relation.label).toBe(phrase.en);
      expect(relation.labelZh).toBe(phrase.zh);
    }
  });

  it('filters relationships by type and direction', async () => {
    const out = await api.execute<{ entity: { relations: RelationWire[] } }>(ENTITY, {
      id: h100,
      types: ['EXAMPLE_OF'],
      direction: 'OUT',
    });
    expect(out.errors).toBeUndefined();
    const relations = out.data?.entity.relations ?? [];
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect([r.type, r.direction]).toEqual(['EXAMPLE_OF', 'OUT']);
    const category = relations[0]?.other.id ?? '';
    const incoming = await api.execute<{ entity: { relations: RelationWire[] } }>(ENTITY, {
      id: category,
      types: ['EXAMPLE_OF'],
      direction: 'IN',
    });
    expect(incoming.data?.entity.relations.map((r) => r.other.id)).toContain(h100);
    expect(incoming.data?.entity.relations.find((r) => r.other.id === h100)?.label).toBe('has example');
  });

  it('rejects an unknown relationship type listing the allowed ones', async () => {
    const error = expectCode(await api.execute(ENTITY, { id: h100, types: ['LIKES'] }), 'BAD_USER_INPUT');
    expect(error.message).toContain('types contains unknown relationship type LIKES; allowed: ');
    expect(error.message).toContain('CONTROLLED_BY');
    expect(error.extensions?.argumentName).toBe('types');
  });

  it('rejects a blank id', async () => {
    expectCode(await api.execute(ENTITY, { id: '  ' }), 'BAD_USER_INPUT');
  });

  it('reads several entities in one request, aligned with the ids asked for, null where unknown', async () => {
    const ENTITIES = `query E($ids: [ID!]!) { entities(ids: $ids) { id nameEn: name(lang: EN) relations { id } } }`;
    const wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
    const result = await api.execute<{
      entities: ({ id: string; nameEn: string; relations: { id: string }[] } | null)[];
    }>(ENTITIES, { ids: [wassenaar, 'x:unknown', h100, wassenaar] });
    expect(result.errors).toBeUndefined();
    const entities = result.data?.entities;
    assert(entities, 'no entities');
    expect(entities.map((e) => e?.id ?? null)).toEqual([wassenaar, null, h100, wassenaar]);
    expect(entities[0]?.nameEn).toBe('Wassenaar Arrangement');
    const [direct] = await db.read<{ n: number }>({
      cypher: 'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS n',
      params: { id: h100 },
    });
    expect(entities[2]?.relations.length).toBe(direct?.n);

    expectCode(await api.execute(ENTITIES, { ids: [] }), 'BAD_USER_INPUT');
    expectCode(await api.execute(ENTITIES, { ids: [' '] }), 'BAD_USER_INPUT');
    const tooMany = expectCode(
      await api.execute(ENTITIES, { ids: Array.from({ length: 201 }, (_, i) => `tech:${i}`) }),
      'BAD_USER_INPUT',
    );
    expect(tooMany.message).toBe('ids may name at most 200 entities, got 201.');
  });

  describe('pages of relationships', () => {
    const PAGE = `query Page($id: ID!, $limit: Int, $offset: Int, $types: [String!], $direction: Direction) {
      entity(id: $id) {
        relations(limit: $limit, offset: $offset, types: $types, direction: $direction) { id type direction other { id } }
        relationCount(types: $types, direction: $direction)
      }
    }`;
    interface PageWire {
      entity: {
        relations: { id: string; type: string; direction: string; other: { id: string } }[];
        relationCount: number;
      };
    }
    const page = async (variables: Record<string, unknown>) => {
      const result = await api.execute<PageWire>(PAGE, variables);
      expect(result.errors).toBeUndefined();
      assert(result.data?.entity, 'no entity');
      return result.data.entity;
    };
    let hub: { id: string; degree: number };

    beforeAll(async () => {
      const [top] = await db.read<{ id: string; degree: number }>({
        cypher:
          'MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)-[]-(:Entity) } AS degree ORDER BY degree DESC, id LIMIT 1',
        params: {},
      });
      assert(top, 'no entity');
      hub = top;
    });

    it('lists every relationship of the seed without a limit: the default, 100, is above its largest degree', async () => {
      expect(hub.degree).toBeGreaterThan(20);
      expect(hub.degree).toBeLessThanOrEqual(100);
      const whole = await page({ id: hub.id });
      expect(whole.relations).toHaveLength(hub.degree);
      expect(whole.relationCount).toBe(hub.degree);
    });

    it('pages through a hub in the same order as the whole list, with the count of all', async () => {
      const whole = await page({ id: hub.id, limit: 500 });
      const pages: string[] = [];
      for (let offset = 0; offset < hub.degree + 10; offset += 10) {
        const part = await page({ id: hub.id, limit: 10, offset });
        expect(part.relations.length).toBe(Math.max(0, Math.min(10, hub.degree - offset)));
        expect(part.relationCount).toBe(hub.degree);
        pages.push(...part.relations.map((r) => r.id));
      }
      expect(pages).toEqual(whole.relations.map((r) => r.id));
      expect((await page({ id: hub.id, offset: hub.degree })).relations).toEqual([]);
    });

    it('counts with the same type and direction filter as the list', async () => {
      const all = await page({ id: hub.id });
      const [type] = [...new Set(all.relations.map((r) => r.type))];
      assert(type, 'the hub has no relationship');
      for (const direction of ['IN', 'OUT', null]) {
        const filtered = await page({ id: hub.id, types: [type], direction });
        const expected = all.relations.filter(
          (r) => r.type === type && (direction === null || r.direction === direction),
        );
        expect(filtered.relations.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        expect(filtered.relationCount).toBe(expected.length);
      }
    });

    it('pages each entity of a list on its own, with different pages of one entity side by side', async () => {
      const wassenaar = await idOf(db, 'Wassenaar Arrangement', 'REGIME');
      const result = await api.execute<{
        entities: { first: { id: string }[]; second: { id: string }[]; relationCount: number }[];
      }>(
        `query E($ids: [ID!]!) {
          entities(ids: $ids) { first: relations(limit: 2) { id } second: relations(limit: 2, offset: 2) { id } relationCount }
        }`,
        { ids: [hub.id, wassenaar, h100] },
      );
      expect(result.errors).toBeUndefined();
      const entities = result.data?.entities ?? [];
      expect(entities).toHaveLength(3);
      for (const [i, id] of [hub.id, wassenaar, h100].entries()) {
        const whole = (await page({ id })).relations.map((r) => r.id);
        expect(entities[i]?.first.map((r) => r.id)).toEqual(whole.slice(0, 2));
        expect(entities[i]?.second.map((r) => r.id)).toEqual(whole.slice(2, 4));
        expect(entities[i]?.relationCount).toBe(whole.length);
      }
    });

    it('rejects a limit outside 1..500 and a negative offset with BAD_USER_INPUT', async () => {
      for (const limit of [0, 501, -3]) {
        const error = expectCode(await api.execute(PAGE, { id: hub.id, limit }), 'BAD_USER_INPUT');
        expect(error.message).toBe(`limit must be between 1 and 500, got ${limit}.`);
        expect(error.extensions?.argumentName).toBe('limit');
      }
      const error = expectCode(await api.execute(PAGE, { id: hub.id, offset: -1 }), 'BAD_USER_INPUT');
      expect(error.message).toBe('offset must be 0 or more, got -1.');
      expect(error.extensions?.argumentName).toBe('offset');
    });
  });

  it('exposes the relationship vocabulary', async () => {
    const result = await api.execute<{
      relationTypes: {
        name: string;
        verb: string;
        verbZh: string;
        inverse: string;
        meaning: string;
        from: string[];
        to: string[];
      }[];
    }>('{ relationTypes { name verb verbZh: verb(lang: ZH) inverse meaning from to } }');
    expect(result.errors).toBeUndefined();
    const types = result.data?.relationTypes ?? [];
    expect(types.map((t) => t.name)).toEqual(RELATION_TYPE_NAMES);
    const controlled = types.find((t) => t.name === 'CONTROLLED_BY');
    expect(controlled).toMatchObject({
      verb: 'is controlled by',
      verbZh: '受…管制',
      inverse: 'controls',
      from: ['TECHNOLOGY'],
    });
  });
});
