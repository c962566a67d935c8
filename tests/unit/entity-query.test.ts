import { describe, expect, it } from 'vitest';
import type { CypherQuery, Db } from '../../server/src/db/driver';
import { entityQuery, relationCountsQuery, relationsQuery } from '../../server/src/entity/query';
import { relationCountLoader, relationsLoader } from '../../server/src/entity/repository';
import { relationLabel, relationTypeSpec, RELATION_TYPE_VALUES } from '../../server/src/entity/relationTypes';
import { RELATION_TYPE_NAMES } from '#domain';

describe('entity Cypher builders', () => {
  it('looks one entity up by id', () => {
    expect(entityQuery('regime:wassenaar')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity {id: $id})
      RETURN n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])} AS entity",
        "params": {
          "id": "regime:wassenaar",
        },
      }
    `);
  });

  it('reads relationships with type and direction filters as parameters', () => {
    expect(relationsQuery('tech:h100', ['CONTROLLED_BY'], 'OUT')).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS entityId
      CALL (entityId) {
        MATCH (n:Entity {id: entityId})-[r]-(m:Entity)
        WHERE $types IS NULL OR type(r) IN $types
        WITH r, m, CASE WHEN startNode(r) = m AND endNode(r) <> m THEN 'IN' ELSE 'OUT' END AS direction
        WHERE $direction IS NULL OR direction = $direction
        RETURN r, m, direction
        ORDER BY type(r) ASC, direction DESC, m.id ASC, r.id ASC
        SKIP $offset LIMIT $limit
      }
      RETURN entityId, r.id AS id, type(r) AS type, direction, m {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(m.aliases, [])} AS other, r.noteEn AS noteEn, r.noteZh AS noteZh, r.sourcesJson AS sourcesJson, r.validFrom AS validFrom, r.validTo AS validTo, r.validityJson AS validityJson
      ORDER BY entityId ASC, type ASC, direction DESC, m.id ASC, id ASC",
        "params": {
          "direction": "OUT",
          "ids": [
            "tech:h100",
          ],
          "limit": 100,
          "offset": 0,
          "types": [
            "CONTROLLED_BY",
          ],
        },
      }
    `);
  });

  it('cuts the page per entity, after the order, with the limit and offset as parameters', () => {
    const query = relationsQuery(['a', 'b'], null, null, { limit: 5, offset: 10 });
    expect(query.cypher).toContain('CALL (entityId) {');
    expect(query.cypher).toMatch(
      /ORDER BY type\(r\) ASC, direction DESC, m\.id ASC, r\.id ASC\n {2}SKIP \$offset LIMIT \$limit\n\}/u,
    );
    expect(query.params).toMatchObject({ ids: ['a', 'b'], limit: 5, offset: 10 });
    // Without a page: the default limit, which is above every degree of the seed.
    expect(relationsQuery('a', null, null).params).toMatchObject({ limit: 100, offset: 0 });
  });

  it('counts relationships with the same filter as the list', () => {
    const count = relationCountsQuery(['tech:h100'], ['EXAMPLE_OF'], 'IN');
    const list = relationsQuery(['tech:h100'], ['EXAMPLE_OF'], 'IN');
    const filter = /MATCH \(n:Entity[\s\S]*direction = \$direction\n/u.exec(list.cypher)?.[0];
    expect(filter).toContain("THEN 'IN' ELSE 'OUT' END AS direction");
    expect(count.cypher).toContain(filter);
    expect(count.cypher).toContain('RETURN count(r) AS count\n}\nRETURN entityId, count');
    expect(count.params).toEqual({ ids: ['tech:h100'], types: ['EXAMPLE_OF'], direction: 'IN' });
  });
});

/** A Db that records each read and answers from `answer`; only `read` is used by the loaders. */
function recordingDb(answer: (query: CypherQuery) => Record<string, unknown>[]): { db: Db; reads: CypherQuery[] } {
  const reads: CypherQuery[] = [];
  const read = (query: CypherQuery) => {
    reads.push(query);
    return Promise.resolve(answer(query));
  };
  return { db: { read } as unknown as Db, reads };
}

describe('relations loaders', () => {
  const filter = { types: null, direction: null } as const;

  it('asks one query per (filter, limit, offset) for every entity of a level', async () => {
    const { db, reads } = recordingDb((query) =>
      (query.params.ids as string[]).map((entityId) => ({
        entityId,
        id: `r-${entityId}-${String(query.params.offset)}`,
      })),
    );
    const loader = relationsLoader(db);
    const page = { ...filter, limit: 2, offset: 0 };
    const answers = await Promise.all([
      loader.load({ id: 'a', ...page }),
      loader.load({ id: 'b', ...page }),
      loader.load({ id: 'c', ...page, offset: 2 }),
      loader.load({ id: 'a', ...page, limit: 3 }),
      loader.load({ id: 'b', ...page }),
    ]);
    expect(reads.map((q) => [q.params.ids, q.params.limit, q.params.offset])).toEqual([
      [['a', 'b'], 2, 0],
      [['c'], 2, 2],
      [['a'], 3, 0],
    ]);
    expect(answers.map((relations) => relations.map((r) => r.id))).toEqual([
      ['r-a-0'],
      ['r-b-0'],
      ['r-c-2'],
      ['r-a-0'],
      ['r-b-0'],
    ]);
  });

  it('counts every entity of a level in one query per filter, 0 for an entity the database does not know', async () => {
    const { db, reads } = recordingDb(() => [{ entityId: 'a', count: 7 }]);
    const loader = relationCountLoader(db);
    const counts = await Promise.all([loader.load({ id: 'a', ...filter }), loader.load({ id: 'x', ...filter })]);
    expect(counts).toEqual([7, 0]);
    expect(reads.map((q) => q.params.ids)).toEqual([['a', 'x']]);
  });
});

describe('relationship vocabulary', () => {
  it('exposes every vocabulary type', () => {
    expect(RELATION_TYPE_VALUES.map((t) => t.name)).toEqual(RELATION_TYPE_NAMES);
    expect(relationTypeSpec('CONTROLLED_BY')?.to).toContain('REGIME');
    expect(relationTypeSpec('NOPE')).toBeUndefined();
  });

  it('reads an outgoing relationship with its verb and an incoming one with its inverse', () => {
    expect(relationLabel('CONTROLLED_BY', 'OUT', 'EN')).toBe('is controlled by');
    expect(relationLabel('CONTROLLED_BY', 'IN', 'EN')).toBe('controls');
    expect(relationLabel('CONTROLLED_BY', 'OUT', 'ZH')).toBe('受…管制');
    expect(relationLabel('CONTROLLED_BY', 'IN', 'ZH')).toBe('管制');
    expect(relationLabel('UNKNOWN_TYPE', 'OUT', 'EN')).toBe('UNKNOWN_TYPE');
  });
});
