import { describe, expect, it } from 'vitest';
import { entityQuery, relationsQuery } from '../../server/src/entity/query';
import { relationLabel, relationTypeSpec, RELATION_TYPE_VALUES } from '../../server/src/entity/relationTypes';
import { RELATION_TYPE_NAMES } from '#domain';

describe('entity Cypher builders', () => {
  it('looks one entity up by id', () => {
    expect(entityQuery('regime:wassenaar')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity {id: $id})
      RETURN n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, aliases: coalesce(n.aliases, [])} AS entity",
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
      MATCH (n:Entity {id: entityId})-[r]-(m:Entity)
      WHERE $types IS NULL OR type(r) IN $types
      WITH entityId, r, m, CASE WHEN startNode(r) = m AND endNode(r) <> m THEN 'IN' ELSE 'OUT' END AS direction
      WHERE $direction IS NULL OR direction = $direction
      RETURN entityId, r.id AS id, type(r) AS type, direction, m {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, aliases: coalesce(m.aliases, [])} AS other, r.noteEn AS noteEn, r.noteZh AS noteZh, r.sourcesJson AS sourcesJson
      ORDER BY entityId ASC, type ASC, direction DESC, m.id ASC, id ASC",
        "params": {
          "direction": "OUT",
          "ids": [
            "tech:h100",
          ],
          "types": [
            "CONTROLLED_BY",
          ],
        },
      }
    `);
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
