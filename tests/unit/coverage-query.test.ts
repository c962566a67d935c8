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
            // An instrument's best claim: the lowest key, then the chain whose node ids sort first, then the via's name.
            WITH i, key, x, e, reached,
              CASE
                WHEN e IS NOT NULL THEN 'EMPLOYED_MEASURE'
                WHEN length(reached.c) = 0 THEN 'DIRECT'
                ELSE 'BROADER_TECHNOLOGY'
              END AS via
            ORDER BY key ASC, [n IN nodes(reached.c) | n.id] + CASE WHEN e IS NULL THEN [x.id] ELSE [x.id, i.id] END ASC, via ASC
            // A claim holds element ids, not entities: it is read again only if it is kept.
            WITH i, collect({
              key: key,
              via: via,
              nodeIds: [n IN nodes(reached.c) | elementId(n)] + CASE WHEN e IS NULL THEN [elementId(x)] ELSE [elementId(x), elementId(i)] END,
              relIds: [s IN relationships(reached.c) | elementId(s)] + CASE WHEN e IS NULL THEN [elementId(reached.r)] ELSE [elementId(reached.r), elementId(e)] END
            })[0] AS claim
            WHERE ((i.validFromDay IS NULL OR i.validFromDay <= $asOf) AND (i.validToDay IS NULL OR $asOf <= i.validToDay))
            RETURN i, claim
          }
          WITH i, claim ORDER BY claim.key ASC, i.id ASC LIMIT $maxInstruments
          CALL (claim) {
            UNWIND range(0, size(claim.nodeIds) - 1) AS k
            MATCH (n) WHERE elementId(n) = claim.nodeIds[k]
            WITH k, n ORDER BY k ASC
            RETURN collect(n) AS chainNodes
          }
          CALL (claim) {
            UNWIND range(0, size(claim.relIds) - 1) AS k
            MATCH ()-[s]->() WHERE elementId(s) = claim.relIds[k]
            WITH k, s ORDER BY k ASC
            RETURN collect(s) AS chainRels
          }
          WITH i, {nodes: chainNodes, rels: chainRels, via: claim.via, rank: claim.key / 100} AS best
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
