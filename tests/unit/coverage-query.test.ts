import { describe, expect, it } from 'vitest';
import { appliedByQuery, coverageQuery } from '../../server/src/coverage/query';
import { asOfParam } from '../../server/src/db/validity';

describe('coverage Cypher builder', () => {
  it('passes the technology id as a parameter', () => {
    const query = coverageQuery('tech:h100', '2024-06-30');
    expect(query.params).toEqual({
      id: 'tech:h100',
      technologyKind: 'TECHNOLOGY',
      measureKind: 'CONTROL_MEASURE',
      generalScope: 'GENERAL',
      bases: ['NAMED', 'CATEGORY', 'GENERAL'],
      maxInstruments: 200,
      ...asOfParam('2024-06-30'),
    });
    expect(query.cypher).not.toContain('tech:h100');
  });

  it('asks who applies instruments with their ids and the day as parameters', () => {
    const query = appliedByQuery(['measure:a', 'regime:b'], '2024-06-30');
    expect(query.params).toEqual({ ids: ['measure:a', 'regime:b'], maxActors: 25, ...asOfParam('2024-06-30') });
    expect(query.cypher).not.toContain('measure:a');
  });

  it('builds the rule from vocabulary labels and types', () => {
    expect(coverageQuery('tech:h100', '2024-06-30')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (t:Entity {id: $id})
      CALL (t) {
        WITH t WHERE t.kind = $technologyKind
        // Only the instruments that will be answered are explained: the cap comes before their chains are read.
        CALL (t) {
          CALL (t) {
            MATCH c = ALL SHORTEST (t)((:Technology)-[s:EXAMPLE_OF|SUBTYPE_OF]->(u:Technology) WHERE ((s.validFromDay IS NULL OR s.validFromDay <= $asOf) AND (s.validToDay IS NULL OR $asOf <= s.validToDay)) AND ((u.validFromDay IS NULL OR u.validFromDay <= $asOf) AND (u.validToDay IS NULL OR $asOf <= u.validToDay))){0,4}(b:Technology)
          WHERE ((t.validFromDay IS NULL OR t.validFromDay <= $asOf) AND (t.validToDay IS NULL OR $asOf <= t.validToDay))
            // A technology's shortest chains are equally long, so only the first by node ids can be part of a best claim.
            // (No list of all chains is built: every row after it would carry the list, and count it against memory.)
            WITH b, c ORDER BY [n IN nodes(c) | n.id] ASC
            WITH b, collect(c)[0] AS c
            MATCH (b)-[r:CONTROLLED_BY]->(x:Regime|Treaty|ControlMeasure)
            WHERE ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay))
            // Each instrument or measure reached is kept with its shallowest, then first, chain.
            WITH x, c, r ORDER BY length(c) ASC, [n IN nodes(c) | n.id] ASC
            WITH x, collect({c: c, r: r})[0] AS reached
            WHERE ((x.validFromDay IS NULL OR x.validFromDay <= $asOf) AND (x.validToDay IS NULL OR $asOf <= x.validToDay))
            WITH x, reached, length(reached.c) AS depth
            CALL (x, depth) {
              RETURN x AS i, null AS e, CASE WHEN x.kind = $measureKind AND x.scope = $generalScope THEN 2 WHEN depth = 0 THEN 0 ELSE 1 END * 100 + depth + 1 AS key
              UNION ALL
              WITH x, depth WHERE x:ControlMeasure
              MATCH (x)<-[e:EMPLOYS]-(i:Regime|Treaty)
              WHERE ((e.validFromDay IS NULL OR e.validFromDay <= $asOf) AND (e.validToDay IS NULL OR $asOf <= e.validToDay))
              RETURN i, e, CASE WHEN x.kind = $measureKind AND x.scope = $generalScope THEN 2 WHEN depth = 0 THEN 0 ELSE 1 END * 100 + depth + 2 AS key
            }
            // An instrument's best claim has its lowest key, so only the claims of that key can win. Sorting by the key
            // alone is cheap; the tie-break, which reads every chain's node ids, is left to the instruments kept.
            WITH i, key, x, e, reached ORDER BY key ASC
            WITH i, collect({key: key, x: x, e: e, reached: reached}) AS claims
            WHERE ((i.validFromDay IS NULL OR i.validFromDay <= $asOf) AND (i.validToDay IS NULL OR $asOf <= i.validToDay))
            RETURN i, [c IN claims WHERE c.key = claims[0].key] AS ties
          }
          WITH i, ties ORDER BY ties[0].key ASC, i.id ASC LIMIT $maxInstruments
          // Among an instrument's ties: the chain whose node ids sort first, then the via's name.
          CALL (i, ties) {
            UNWIND ties AS c
            WITH c,
              CASE
                WHEN c.e IS NOT NULL THEN 'EMPLOYED_MEASURE'
                WHEN length(c.reached.c) = 0 THEN 'DIRECT'
                ELSE 'BROADER_TECHNOLOGY'
              END AS via
            ORDER BY [n IN nodes(c.reached.c) | n.id] + CASE WHEN c.e IS NULL THEN [c.x.id] ELSE [c.x.id, i.id] END ASC, via ASC
            LIMIT 1
            RETURN {
              nodes: nodes(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.x] ELSE [c.x, i] END,
              rels: relationships(c.reached.c) + CASE WHEN c.e IS NULL THEN [c.reached.r] ELSE [c.reached.r, c.e] END,
              via: via,
              rank: c.key / 100
            } AS best
          }
          RETURN i, best
        }
        WITH i, best ORDER BY best.rank ASC, size(best.rels) ASC, i.id ASC
        RETURN collect({
          instrument: i {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(i.aliases, [])},
          via: best.via,
          basis: $bases[best.rank],
          path: {
            nodes: [n IN best.nodes | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])}],
            edges: [e IN best.rels | {id: e.id, type: type(e), from: startNode(e).id, to: endNode(e).id, noteEn: e.noteEn, noteZh: e.noteZh, sourcesJson: e.sourcesJson, validFrom: e.validFrom, validTo: e.validTo, validityJson: e.validityJson}],
            length: size(best.rels)
          }
        }) AS coverage
      }
      RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage",
        "params": {
          "asOf": Date {
            "day": 30,
            "month": 6,
            "year": 2024,
          },
          "bases": [
            "NAMED",
            "CATEGORY",
            "GENERAL",
          ],
          "generalScope": "GENERAL",
          "id": "tech:h100",
          "maxInstruments": 200,
          "measureKind": "CONTROL_MEASURE",
          "technologyKind": "TECHNOLOGY",
        },
      }
    `);
  });
});
