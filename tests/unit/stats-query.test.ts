import { describe, expect, it } from 'vitest';
import { asOfParam } from '../../server/src/db/validity';
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
    const query = overviewQuery(25, ['REGIME'], '2024-06-30');
    expect(query.params).toEqual({ limit: 25, kinds: ['REGIME'], ...asOfParam('2024-06-30') });
    expect(query.cypher).not.toContain('REGIME');
    expect(query).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity)
      WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ((n.validFromDay IS NULL OR n.validFromDay <= $asOf) AND (n.validToDay IS NULL OR $asOf <= n.validToDay))
      WITH n, COUNT { (n)-[x]-(y:Entity) WHERE ((x.validFromDay IS NULL OR x.validFromDay <= $asOf) AND (x.validToDay IS NULL OR $asOf <= x.validToDay)) AND ((y.validFromDay IS NULL OR y.validFromDay <= $asOf) AND (y.validToDay IS NULL OR $asOf <= y.validToDay)) } AS degree
      ORDER BY degree DESC, n.id ASC
      LIMIT $limit
      WITH collect(n) AS picked, count(*) AS shown
      CALL (picked) {
        UNWIND picked AS a
        MATCH (a)-[r]->(b:Entity)
        WHERE b IN picked AND ((r.validFromDay IS NULL OR r.validFromDay <= $asOf) AND (r.validToDay IS NULL OR $asOf <= r.validToDay))
        RETURN collect(DISTINCT {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, noteEn: r.noteEn, noteZh: r.noteZh, sourcesJson: r.sourcesJson, validFrom: r.validFrom, validTo: r.validTo, validityJson: r.validityJson}) AS edges
      }
      CALL () { MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ((n.validFromDay IS NULL OR n.validFromDay <= $asOf) AND (n.validToDay IS NULL OR $asOf <= n.validToDay)) RETURN count(n) AS total }
      RETURN [p IN picked | p {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(p.aliases, [])}] AS nodes, edges, total > shown AS truncated",
        "params": {
          "asOf": Date {
            "day": 30,
            "month": 6,
            "year": 2024,
          },
          "kinds": [
            "REGIME",
          ],
          "limit": 25,
        },
      }
    `);
  });
});
