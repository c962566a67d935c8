import { describe, expect, it } from 'vitest';
import { asOfParam } from '../../server/src/db/validity';
import { HUB_DEGREE_CAP } from '#domain';
import { hubReach, pathsQuery, SKIPPED_HUBS_SHOWN, skippedHubsQuery } from '../../server/src/paths/query';

const DAY = '2024-06-30';

describe('paths Cypher builder', () => {
  it('writes the length bound as a literal from the closed range 1..8 only', () => {
    expect(pathsQuery('a', 'b', 1, 5, {}, DAY).cypher).toContain('SHORTEST 1 GROUPS');
    expect(pathsQuery('a', 'b', 8, 5, {}, DAY).cypher).toContain('{1,8}');
    expect(() => pathsQuery('a', 'b', 0, 5, {}, DAY)).toThrow(RangeError);
    expect(() => pathsQuery('a', 'b', 9, 5, {}, DAY)).toThrow(RangeError);
    expect(() => pathsQuery('a', 'b', 2.5, 5, {}, DAY)).toThrow(RangeError);
  });

  it('widens the search one length group at a time, up to maxLength groups', () => {
    const groups = (maxLength: number) =>
      [...pathsQuery('a', 'b', maxLength, 5, {}, DAY).cypher.matchAll(/SHORTEST (\d+) GROUPS/g)].map((m) =>
        Number(m[1]),
      );
    expect(groups(1)).toEqual([1]);
    expect(groups(6)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each wider search runs only while the paths found are fewer than the limit and the last search found a new length.
    expect(pathsQuery('a', 'b', 3, 5, {}, DAY).cypher.split('WHERE widened AND size(found) < $limit').length - 1).toBe(
      2,
    );
  });

  it('passes ids, filters and limit as parameters', () => {
    const query = pathsQuery(
      'tech:h100',
      'regime:wassenaar',
      4,
      3,
      {
        kinds: ['TECHNOLOGY'],
        types: ['SUBTYPE_OF'],
        excludeTypes: ['CITES'],
      },
      DAY,
    );
    expect(query.cypher).not.toMatch(/tech:h100|regime:wassenaar|TECHNOLOGY|SUBTYPE_OF|CITES/);
    expect(query.params).toEqual({
      from: 'tech:h100',
      to: 'regime:wassenaar',
      limit: 3,
      kinds: ['TECHNOLOGY'],
      types: ['SUBTYPE_OF'],
      excludeTypes: ['CITES'],
      hubCap: HUB_DEGREE_CAP,
      candidates: 500,
      ...asOfParam(DAY),
    });
  });

  it('walks through an entity only when it is the far end or has no more relationships than the hub cap', () => {
    const { cypher } = pathsQuery('a', 'b', 6, 5, {}, DAY);
    // Every widening step searches with the same hop, and every hop carries the cap.
    expect(cypher.split('COUNT { (y)--() } <= $hubCap').length - 1).toBe(6);
    expect(cypher).toContain('(y = b OR (');
  });

  it('builds the default query', () => {
    expect(pathsQuery('tech:h100', 'regime:wassenaar', 6, 5, {}, DAY)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      CALL (a, b) {
        MATCH p = SHORTEST 1 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS found, coalesce(longest, 0) AS reach
      }
      WITH a, b, found, reach, true AS widened
      CALL (a, b, found, reach, widened) {
        WITH found, reach WHERE NOT widened OR size(found) >= $limit
        RETURN found AS wider, reach AS widerReach
        UNION
        WITH a, b WHERE widened AND size(found) < $limit
        MATCH p = SHORTEST 2 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS wider, coalesce(longest, 0) AS widerReach
      }
      WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened
      CALL (a, b, found, reach, widened) {
        WITH found, reach WHERE NOT widened OR size(found) >= $limit
        RETURN found AS wider, reach AS widerReach
        UNION
        WITH a, b WHERE widened AND size(found) < $limit
        MATCH p = SHORTEST 3 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS wider, coalesce(longest, 0) AS widerReach
      }
      WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened
      CALL (a, b, found, reach, widened) {
        WITH found, reach WHERE NOT widened OR size(found) >= $limit
        RETURN found AS wider, reach AS widerReach
        UNION
        WITH a, b WHERE widened AND size(found) < $limit
        MATCH p = SHORTEST 4 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS wider, coalesce(longest, 0) AS widerReach
      }
      WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened
      CALL (a, b, found, reach, widened) {
        WITH found, reach WHERE NOT widened OR size(found) >= $limit
        RETURN found AS wider, reach AS widerReach
        UNION
        WITH a, b WHERE widened AND size(found) < $limit
        MATCH p = SHORTEST 5 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS wider, coalesce(longest, 0) AS widerReach
      }
      WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened
      CALL (a, b, found, reach, widened) {
        WITH found, reach WHERE NOT widened OR size(found) >= $limit
        RETURN found AS wider, reach AS widerReach
        UNION
        WITH a, b WHERE widened AND size(found) < $limit
        MATCH p = SHORTEST 6 GROUPS (a)((x:Entity)-[r]-(y:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND (y = b OR (($kinds IS NULL OR y.kind IN $kinds) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) AND COUNT { (y)--() } <= $hubCap))){1,6}(b)
        WITH p, length(p) AS len
        WITH collect(CASE WHEN all(i IN range(0, len - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS simple, max(len) AS longest
        RETURN simple[0..$candidates] AS wider, coalesce(longest, 0) AS widerReach
      }
      WITH a, b, wider AS found, widerReach AS reach, widerReach > reach AS widened
      CALL (found) {
        UNWIND found AS p
        WITH p ORDER BY length(p) ASC, [n IN nodes(p) | n.id] ASC
        LIMIT $limit
        RETURN collect({nodes: [n IN nodes(p) | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])}], edges: [e IN relationships(p) | {id: e.id, type: type(e), from: startNode(e).id, to: endNode(e).id, noteEn: e.noteEn, noteZh: e.noteZh, sourcesJson: e.sourcesJson, validFrom: e.validFrom, validTo: e.validTo, validityJson: e.validityJson}], length: length(p)}) AS paths
      }
      RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths",
        "params": {
          "asOf": Date {
            "day": 30,
            "month": 6,
            "year": 2024,
          },
          "candidates": 500,
          "excludeTypes": null,
          "from": "tech:h100",
          "hubCap": 1000,
          "kinds": null,
          "limit": 5,
          "to": "regime:wassenaar",
          "types": null,
        },
      }
    `);
  });
});

describe('hubReach', () => {
  it('reaches half of maxLength when the answer is not full', () => {
    expect(hubReach([], 5, 6)).toBe(3);
    expect(hubReach([2, 3], 5, 6)).toBe(3);
    expect(hubReach([], 5, 7)).toBe(3);
    expect(hubReach([], 5, 1)).toBe(0);
  });

  it('reaches half of the longest listed path when the answer is full', () => {
    expect(hubReach([2, 2, 3, 4, 5], 5, 6)).toBe(2);
    expect(hubReach([1], 1, 6)).toBe(0);
    expect(hubReach([3, 3], 2, 8)).toBe(1);
  });

  it('is sound: a path through hubs no longer than the bound has a hub within reach of an end', () => {
    // Every placement of hubs on a path of every length up to the bound: its first hub from `from` or its last
    // hub from `to` is within reach, counting steps through ordinary entities only.
    for (let bound = 1; bound <= 8; bound++) {
      const reach = hubReach([], 1, bound);
      for (let length = 2; length <= bound; length++) {
        // Interior positions 1..length-1; each non-empty subset is a placement of hubs.
        for (let mask = 1; mask < 1 << (length - 1); mask++) {
          const hubs = Array.from({ length: length - 1 }, (_, i) => i + 1).filter((_, i) => mask & (1 << i));
          const first = Math.min(...hubs);
          const last = Math.max(...hubs);
          expect(Math.min(first, length - last)).toBeLessThanOrEqual(reach);
        }
      }
    }
  });
});

describe('skippedHubsQuery', () => {
  it('bounds the walk by a literal reach of 1..4 and passes everything else as parameters', () => {
    const query = skippedHubsQuery('tech:h100', 'regime:wassenaar', 3, { types: ['SUBTYPE_OF'] }, DAY);
    expect(query.cypher).toContain('){0,2}(m:Entity)-[s]-(h:Entity)');
    expect(query.cypher).not.toMatch(/tech:h100|regime:wassenaar|SUBTYPE_OF/);
    expect(query.params).toEqual({
      from: 'tech:h100',
      to: 'regime:wassenaar',
      shown: SKIPPED_HUBS_SHOWN,
      kinds: null,
      types: ['SUBTYPE_OF'],
      excludeTypes: null,
      hubCap: HUB_DEGREE_CAP,
      ...asOfParam(DAY),
    });
    // A quantifier of {0,0} is not Cypher: a reach of 1 is one step from an end.
    expect(skippedHubsQuery('a', 'b', 1, {}, DAY).cypher).toContain('MATCH (end)-[s]-(h:Entity)');
    expect(skippedHubsQuery('a', 'b', 4, {}, DAY).cypher).toContain('){0,3}');
    for (const bad of [0, 5, 1.5]) expect(() => skippedHubsQuery('a', 'b', bad, {}, DAY)).toThrow(RangeError);
  });
});
