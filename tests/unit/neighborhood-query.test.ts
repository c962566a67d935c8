import { describe, expect, it } from 'vitest';
import { HUB_DEGREE_CAP } from '#domain';
import { asOfParam } from '../../server/src/db/validity';
import { neighborhoodQuery, ORDER_DEGREE_CAP } from '../../server/src/neighborhood/query';

const DAY = '2024-06-30';

describe('neighborhood Cypher builder', () => {
  it('writes one breadth-first layer per level of depth', () => {
    const count = (depth: number) =>
      neighborhoodQuery('x', depth, null, null, 10, DAY).cypher.split('CALL (seen, frontier)').length - 1;
    expect(count(1)).toBe(1);
    expect(count(2)).toBe(2);
    expect(count(3)).toBe(3);
  });

  it('refuses a depth outside 1..3 (the resolver reports it to the user first)', () => {
    expect(() => neighborhoodQuery('x', 0, null, null, 10, DAY)).toThrow(RangeError);
    expect(() => neighborhoodQuery('x', 4, null, null, 10, DAY)).toThrow(RangeError);
    expect(() => neighborhoodQuery('x', 1.5, null, null, 10, DAY)).toThrow(RangeError);
  });

  it('passes id, kinds, types and limit as parameters', () => {
    const query = neighborhoodQuery('tech:h100', 2, ['REGIME'], ['CONTROLLED_BY'], 50, DAY);
    expect(query.params).toEqual({
      id: 'tech:h100',
      kinds: ['REGIME'],
      types: ['CONTROLLED_BY'],
      limit: 50,
      hubCap: HUB_DEGREE_CAP,
      sampleSize: 52,
      orderDegreeCap: ORDER_DEGREE_CAP,
      ...asOfParam(DAY),
    });
    expect(query.cypher).not.toMatch(/tech:h100|REGIME|CONTROLLED_BY/);
  });

  it('builds the depth-1 query', () => {
    expect(neighborhoodQuery('tech:h100', 1, null, null, 150, DAY)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (root:Entity {id: $id})
      WITH root, [root] AS seen, [root] AS frontier, [] AS picked, false AS cut, false AS sampled
      CALL (seen, frontier) {
        UNWIND CASE WHEN size(seen) > $limit THEN [] ELSE frontier END AS f
        CALL (f, seen) {
          WITH f, seen, COUNT { (f)--() } > $hubCap AS hub
          CALL (f, seen, hub) {
            WITH f, seen WHERE NOT hub
            MATCH (f)-[r]-(m:Entity)
            WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN seen
              AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND ((m.validFromDay IS NULL OR m.validFromDay <= $asOf) AND (m.validToDay IS NULL OR $asOf <= m.validToDay))
            RETURN DISTINCT m
            UNION
            WITH f, seen WHERE hub
            MATCH (f)-[r]-(m:Entity)
            WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN seen
              AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay)) AND ((m.validFromDay IS NULL OR m.validFromDay <= $asOf) AND (m.validToDay IS NULL OR $asOf <= m.validToDay))
            WITH DISTINCT m LIMIT $sampleSize
            RETURN m
          }
          CALL (m) {
            MATCH (m)-[x]-(y:Entity) WHERE ($types IS NULL OR type(x) IN $types) AND ((x.validFromDay IS NULL OR x.validFromDay <= $asOf) AND (x.validToDay IS NULL OR $asOf <= x.validToDay)) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay))
            WITH x LIMIT $orderDegreeCap
            RETURN count(x) AS degree
          }
          WITH hub, m, degree ORDER BY degree DESC, m.id ASC
          WITH hub, collect({node: m, degree: degree}) AS found
          RETURN found[0..$limit] AS kept, size(found) > $limit AS hubCut, hub AND size(found) > $limit + 1 AS hubSampled
        }
        WITH collect(kept) AS keptLists, any(c IN collect(hubCut) WHERE c) AS layerCut,
          any(c IN collect(hubSampled) WHERE c) AS layerSampled
        CALL (keptLists) {
          UNWIND keptLists AS kept
          UNWIND kept AS k
          WITH DISTINCT k
          RETURN collect(k) AS found
        }
        RETURN found, layerCut, layerSampled
      }
      WITH root, seen + [k IN found | k.node] AS seen, [k IN found | k.node] AS frontier,
        picked + [k IN found | {node: k.node, degree: k.degree, distance: 1}] AS picked, cut OR layerCut AS cut,
        sampled OR layerSampled AS sampled
      CALL (picked) {
        UNWIND picked AS p
        WITH p ORDER BY p.distance ASC, p.degree DESC, p.node.id ASC
        RETURN collect(p.node) AS ordered
      }
      WITH [root] + ordered[0..$limit - 1] AS nodes, cut OR size(ordered) > $limit - 1 AS truncated, sampled
      CALL (nodes) {
        UNWIND nodes AS a
        MATCH (a)-[r]->(b:Entity)
        WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay))
        WITH r ORDER BY r.id ASC
        RETURN collect({id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, noteEn: r.noteEn, noteZh: r.noteZh, sourcesJson: r.sourcesJson, validFrom: r.validFrom, validTo: r.validTo, validityJson: r.validityJson}) AS edges
      }
      RETURN [n IN nodes | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])}] AS nodes, edges, truncated, sampled",
        "params": {
          "asOf": Date {
            "day": 30,
            "month": 6,
            "year": 2024,
          },
          "hubCap": 1000,
          "id": "tech:h100",
          "kinds": null,
          "limit": 150,
          "orderDegreeCap": 100,
          "sampleSize": 152,
          "types": null,
        },
      }
    `);
  });
});
