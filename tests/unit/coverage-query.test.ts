import { describe, expect, it } from 'vitest';
import { coverageQuery } from '../../server/src/coverage/query';

describe('coverage Cypher builder', () => {
  it('passes the technology id as a parameter', () => {
    const query = coverageQuery('tech:h100');
    expect(query.params).toEqual({ id: 'tech:h100', technologyKind: 'TECHNOLOGY' });
    expect(query.cypher).not.toContain('tech:h100');
  });

  it('builds the rule from vocabulary labels and types', () => {
    expect(coverageQuery('tech:h100')).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (t:Entity {id: $id})
      CALL (t) {
        WITH t WHERE t.kind = $technologyKind
        CALL (t) {
          MATCH p = (t)((:Technology)-[:EXAMPLE_OF|SUBTYPE_OF]->(:Technology)){0,4}(:Technology)-[:CONTROLLED_BY]->(i:Regime|Treaty|ControlMeasure)
          RETURN p, i, CASE WHEN length(p) = 1 THEN 'DIRECT' ELSE 'BROADER_TECHNOLOGY' END AS via
          UNION ALL
          MATCH p = (t)((:Technology)-[:EXAMPLE_OF|SUBTYPE_OF]->(:Technology)){0,4}(:Technology)-[:CONTROLLED_BY]->(:ControlMeasure)<-[:EMPLOYS]-(i:Regime|Treaty)
          RETURN p, i, 'EMPLOYED_MEASURE' AS via
        }
        WITH i, p, via ORDER BY length(p) ASC, [n IN nodes(p) | n.id] ASC, via ASC
        WITH i, collect({p: p, via: via})[0] AS best
        ORDER BY length(best.p) ASC, i.id ASC
        RETURN collect({
          instrument: i {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, aliases: coalesce(i.aliases, [])},
          via: best.via,
          path: {
            nodes: [n IN nodes(best.p) | n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, aliases: coalesce(n.aliases, [])}],
            edges: [e IN relationships(best.p) | {id: e.id, type: type(e), from: startNode(e).id, to: endNode(e).id, noteEn: e.noteEn, noteZh: e.noteZh, sourcesJson: e.sourcesJson}],
            length: length(best.p)
          }
        }) AS coverage
      }
      RETURN t IS NOT NULL AS exists, t.kind AS kind, coverage",
        "params": {
          "id": "tech:h100",
          "technologyKind": "TECHNOLOGY",
        },
      }
    `);
  });
});
