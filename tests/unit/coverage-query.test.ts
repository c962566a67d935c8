import { describe, expect, it } from 'vitest';
import { coverageQuery } from '../../server/src/coverage/query';
import { asOfParam } from '../../server/src/db/validity';

describe('coverage Cypher builder', () => {
  it('passes the technology id as a parameter', () => {
    const query = coverageQuery('tech:h100', '2024-06-30');
    expect(query.params).toEqual({
      id: 'tech:h100',
      technologyKind: 'TECHNOLOGY',
      measureKind: 'CONTROL_MEASURE',
      generalScope: 'GENERAL',
      broaderTypes: ['EXAMPLE_OF', 'SUBTYPE_OF'],
      bases: ['NAMED', 'CATEGORY', 'GENERAL'],
      maxActors: 25,
      ...asOfParam('2024-06-30'),
    });
    expect(query.cypher).not.toContain('tech:h100');
  });

  it('builds the rule from vocabulary labels and types', () => {
    expect(coverageQuery('tech:h100', '2024-06-30')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (t:Entity {id: $id})
      CALL (t) {
        WITH t WHERE t.kind = $technologyKind
        CALL (t) {
          CALL (t) {
            MATCH p = (t)((:Technology)-[:EXAMPLE_OF|SUBTYPE_OF]->(:Technology)){0,4}(:Technology)-[:CONTROLLED_BY]->(i:Regime|Treaty|ControlMeasure)
            WHERE (all(vn IN nodes(p) WHERE ((vn.validFromDay IS NULL OR vn.validFromDay <= $asOf) AND (vn.validToDay IS NULL OR $asOf <= vn.validToDay))) AND all(vr IN relationships(p) WHERE ((vr.validFromDay IS NULL OR vr.validFromDay <= $asOf) AND (vr.validToDay IS NULL OR $asOf <= vr.validToDay))))
            RETURN p, i, CASE WHEN length(p) = 1 THEN 'DIRECT' ELSE 'BROADER_TECHNOLOGY' END AS via
            UNION ALL
            MATCH p = (t)((:Technology)-[:EXAMPLE_OF|SUBTYPE_OF]->(:Technology)){0,4}(:Technology)-[:CONTROLLED_BY]->(:ControlMeasure)<-[:EMPLOYS]-(i:Regime|Treaty)
            WHERE (all(vn IN nodes(p) WHERE ((vn.validFromDay IS NULL OR vn.validFromDay <= $asOf) AND (vn.validToDay IS NULL OR $asOf <= vn.validToDay))) AND all(vr IN relationships(p) WHERE ((vr.validFromDay IS NULL OR vr.validFromDay <= $asOf) AND (vr.validToDay IS NULL OR $asOf <= vr.validToDay))))
            RETURN p, i, 'EMPLOYED_MEASURE' AS via
          }
          // A claim is GENERAL when it rests on a measure of general scope; otherwise NAMED when no broader-technology step
          // is needed, CATEGORY when one is.
          WITH i, p, via,
            CASE
              WHEN any(n IN nodes(p) WHERE n.kind = $measureKind AND n.scope = $generalScope) THEN 2
              WHEN none(r IN relationships(p) WHERE type(r) IN $broaderTypes) THEN 0
              ELSE 1
            END AS rank
          WITH i, p, via, rank ORDER BY rank ASC, length(p) ASC, [n IN nodes(p) | n.id] ASC, via ASC
          RETURN i, collect({p: p, via: via, rank: rank})[0] AS best
        }
        CALL (i) {
          CALL (i) {
            MATCH q = (x:Jurisdiction|Regime|Treaty|Agency|Organization)-[r:EMPLOYS|ADMINISTERS|ENFORCES|IMPLEMENTS|MEMBER_OF]->(i)
            WHERE (all(vn IN nodes(q) WHERE ((vn.validFromDay IS NULL OR vn.validFromDay <= $asOf) AND (vn.validToDay IS NULL OR $asOf <= vn.validToDay))) AND all(vr IN relationships(q) WHERE ((vr.validFromDay IS NULL OR vr.validFromDay <= $asOf) AND (vr.validToDay IS NULL OR $asOf <= vr.validToDay))))
            RETURN x, type(r) AS role, q
            UNION
            MATCH q = (i)-[r:ADOPTED_BY]->(x:Jurisdiction|Regime|Treaty|Agency|Organization)
            WHERE (all(vn IN nodes(q) WHERE ((vn.validFromDay IS NULL OR vn.validFromDay <= $asOf) AND (vn.validToDay IS NULL OR $asOf <= vn.validToDay))) AND all(vr IN relationships(q) WHERE ((vr.validFromDay IS NULL OR vr.validFromDay <= $asOf) AND (vr.validToDay IS NULL OR $asOf <= vr.validToDay))))
            RETURN x, type(r) AS role, q
            UNION
            MATCH q = (x:Jurisdiction|Regime|Treaty|Agency|Organization)-[r:ADMINISTERS|ENFORCES|IMPLEMENTS|MEMBER_OF]->(:Regime|Treaty)-[:EMPLOYS]->(i)
            WHERE (all(vn IN nodes(q) WHERE ((vn.validFromDay IS NULL OR vn.validFromDay <= $asOf) AND (vn.validToDay IS NULL OR $asOf <= vn.validToDay))) AND all(vr IN relationships(q) WHERE ((vr.validFromDay IS NULL OR vr.validFromDay <= $asOf) AND (vr.validToDay IS NULL OR $asOf <= vr.validToDay))))
            RETURN x, type(r) AS role, q
          }
          WITH x, role, q ORDER BY length(q) ASC, x.id ASC, role ASC
          WITH x, collect({role: role, q: q})[0] AS first
          ORDER BY length(first.q) ASC, x.id ASC
          LIMIT $maxActors
          WITH x, first, first.q AS q
          RETURN collect({entity: x {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(x.aliases, [])}, role: first.role, path: {
            nodes: [n IN nodes(q) | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])}],
            edges: [e IN relationships(q) | {id: e.id, type: type(e), from: startNode(e).id, to: endNode(e).id, noteEn: e.noteEn, noteZh: e.noteZh, sourcesJson: e.sourcesJson, validFrom: e.validFrom, validTo: e.validTo, validityJson: e.validityJson}],
            length: length(q)
          }}) AS appliedBy
        }
        WITH i, best, appliedBy, best.p AS p
        ORDER BY best.rank ASC, length(best.p) ASC, i.id ASC
        RETURN collect({
          instrument: i {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(i.aliases, [])},
          via: best.via,
          basis: $bases[best.rank],
          appliedBy: appliedBy,
          path: {
            nodes: [n IN nodes(p) | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])}],
            edges: [e IN relationships(p) | {id: e.id, type: type(e), from: startNode(e).id, to: endNode(e).id, noteEn: e.noteEn, noteZh: e.noteZh, sourcesJson: e.sourcesJson, validFrom: e.validFrom, validTo: e.validTo, validityJson: e.validityJson}],
            length: length(p)
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
          "broaderTypes": [
            "EXAMPLE_OF",
            "SUBTYPE_OF",
          ],
          "generalScope": "GENERAL",
          "id": "tech:h100",
          "maxActors": 25,
          "measureKind": "CONTROL_MEASURE",
          "technologyKind": "TECHNOLOGY",
        },
      }
    `);
  });
});
