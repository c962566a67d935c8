import { describe, expect, it } from 'vitest';
import { overviewQuery } from '../../server/src/overview/query';
import { graphStatsQuery } from '../../server/src/stats/query';

describe('stats and overview Cypher builders', () => {
  it('builds the graph statistics query', () => {
    expect(graphStatsQuery()).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count ORDER BY kind }
      WITH collect({kind: kind, count: count}) AS byKind
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
      OPTIONAL MATCH (m:SeedMeta {key: 'seed'})
      RETURN byKind, relationships, m.version AS seedVersion, toString(m.loadedAt) AS loadedAt",
        "params": {},
      }
    `);
  });

  it('passes limit and kinds as parameters, never inside the Cypher text', () => {
    const query = overviewQuery(25, ['REGIME']);
    expect(query.params).toEqual({ limit: 25, kinds: ['REGIME'] });
    expect(query.cypher).not.toContain('REGIME');
    expect(query).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity)
      WHERE $kinds IS NULL OR n.kind IN $kinds
      WITH n, COUNT { (n)--(:Entity) } AS degree
      ORDER BY degree DESC, n.id ASC
      LIMIT $limit
      WITH collect(n) AS picked, count(*) AS shown
      CALL (picked) {
        UNWIND picked AS a
        MATCH (a)-[r]->(b:Entity)
        WHERE b IN picked
        RETURN collect(DISTINCT {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, noteEn: r.noteEn, noteZh: r.noteZh, sourcesJson: r.sourcesJson}) AS edges
      }
      CALL () { MATCH (n:Entity) WHERE $kinds IS NULL OR n.kind IN $kinds RETURN count(n) AS total }
      RETURN [p IN picked | p {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, aliases: coalesce(p.aliases, [])}] AS nodes, edges, total > shown AS truncated",
        "params": {
          "kinds": [
            "REGIME",
          ],
          "limit": 25,
        },
      }
    `);
  });
});
