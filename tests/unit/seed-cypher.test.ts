// The loader's Cypher builders are pure: these snapshots show exactly what reaches Neo4j for a small seed.
import { describe, expect, it } from 'vitest';
import {
  awaitIndexesStatement,
  countStatement,
  deleteAllEntitiesStatement,
  deleteStaleEntitiesStatement,
  deleteStaleRelationshipsStatement,
  nodeRow,
  readSeedVersionStatement,
  relationshipId,
  seedMetaStatement,
  upsertNodeStatements,
  upsertRelationshipStatements,
} from '../../graph-seed/src/cypher';
import type { Seed, SeedEntity } from '../../graph-seed/src/schema';
import { KIND_LABEL, schemaStatements, searchFields } from '#domain';

const REPORT: SeedEntity = {
  id: 'doc:unido-report',
  kind: 'DOCUMENT',
  name: { en: 'The report', zh: '报告' },
  summary: { en: 'The report.', zh: '报告。' },
  sources: [{ doc: 'doc:unido-report', section: '序言', quote: '专家报告', supplementary: false }],
};

const EXAMPLE: SeedEntity = {
  id: 'doc:example',
  kind: 'DOCUMENT',
  name: { en: 'Example page', zh: '示例网页' },
  summary: { en: 'A page.', zh: '网页。' },
  url: 'https://example.org/page',
  sources: [{ doc: 'doc:unido-report', section: '序言', footnote: 1, quote: '示例', supplementary: false }],
};

const GPU: SeedEntity = {
  id: 'tech:gpu',
  kind: 'TECHNOLOGY',
  name: { en: 'GPU', zh: '图形处理器' },
  aliases: { en: ['Graphics Processing Unit'], zh: ['GPU芯片'] },
  summary: { en: 'A chip.', zh: '芯片。' },
  properties: { vendors: ['NVIDIA', 'AMD'], controlled: true },
  note: { en: 'Note.', zh: '注。' },
  sources: [
    { doc: 'doc:unido-report', section: '序言', quote: '图形处理器', supplementary: false },
    { doc: 'doc:example', supplementary: true, note: 'vendor list' },
  ],
};

const TRAINING: SeedEntity = {
  id: 'app:model-training',
  kind: 'APPLICATION',
  name: { en: 'Model training', zh: '模型训练' },
  summary: { en: 'Training.', zh: '训练。' },
  sources: [{ doc: 'doc:example', url: 'https://example.org/other', supplementary: true }],
};

const SEED: Seed = {
  entities: [REPORT, EXAMPLE, GPU, TRAINING],
  relations: [
    {
      from: 'tech:gpu',
      type: 'USED_FOR',
      to: 'app:model-training',
      note: { en: 'Mainly.', zh: '主要。' },
      properties: { since: 2012 },
      sources: [{ doc: 'doc:unido-report', section: '序言', quote: '训练大模型', supplementary: false }],
    },
  ],
  version: 'abcdef012345',
  // '专家报告' is left untranslated on purpose: a source whose quote has no translation stores quoteEn null.
  translations: {
    quotes: new Map([
      ['图形处理器', 'graphics processing units'],
      ['训练大模型', 'training large models'],
    ]),
    sections: new Map([['序言', 'Preface']]),
  },
};

describe('seed Cypher builders', () => {
  it('creates the constraint, both full-text indexes, the kind index and the search text index', () => {
    expect(schemaStatements().map((s) => s.cypher)).toMatchInlineSnapshot(`
      [
        "CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.nameZh, n.aliasesText, n.summaryEn, n.summaryZh] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}",
        "CREATE FULLTEXT INDEX entityNamesEn IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesText, n.summaryEn] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}",
        "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
        "CREATE FULLTEXT INDEX entityNameKeys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys, n.kind] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}",
        "CREATE FULLTEXT INDEX entityNameTokens IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.nameZh, n.aliasesText] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}",
        "DROP INDEX entity_search_text IF EXISTS",
        "CREATE RANGE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFromDay)",
        "CREATE RANGE INDEX entity_valid_to IF NOT EXISTS FOR (n:Entity) ON (n.validToDay)",
      ]
    `);
    expect(awaitIndexesStatement()).toMatchInlineSnapshot(`
      {
        "cypher": "CALL db.awaitIndexes(300)",
        "params": {},
      }
    `);
  });

  it('deletes everything on reset, and what the seed no longer has otherwise', () => {
    expect(deleteAllEntitiesStatement()).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity) DETACH DELETE n",
        "params": {},
      }
    `);
    expect(deleteStaleEntitiesStatement(SEED)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n",
        "params": {
          "ids": [
            "doc:unido-report",
            "doc:example",
            "tech:gpu",
            "app:model-training",
          ],
        },
      }
    `);
    expect(deleteStaleRelationshipsStatement(SEED)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NULL OR NOT r.id IN $ids DELETE r",
        "params": {
          "ids": [
            "tech:gpu|USED_FOR|app:model-training",
          ],
        },
      }
    `);
  });

  it('upserts entities per kind, with the label literal from the vocabulary and enriched sources', () => {
    expect(upsertNodeStatements(SEED)).toMatchInlineSnapshot(`
      [
        {
          "cypher": "UNWIND $rows AS row
      MERGE (n:Entity {id: row.id})
      SET n = row
      SET n:Technology
      REMOVE n:Application:Treaty:Regime:ControlMeasure:Circumvention:Agency:Organization:Resolution:Document:Event:Concept:Jurisdiction
      SET n.validFromDay = date(row.validFromDay), n.validToDay = date(row.validToDay)
      RETURN count(n) AS written",
          "params": {
            "rows": [
              {
                "aliases": [
                  "Graphics Processing Unit",
                  "GPU芯片",
                ],
                "aliasesEn": [
                  "Graphics Processing Unit",
                ],
                "aliasesText": "Graphics Processing Unit | GPU芯片",
                "aliasesZh": [
                  "GPU芯片",
                ],
                "id": "tech:gpu",
                "kind": "TECHNOLOGY",
                "nameEn": "GPU",
                "nameKeys": [
                  "gpu",
                  "图形处理器",
                  "graphics processing unit",
                  "gpu芯片",
                ],
                "nameZh": "图形处理器",
                "noteEn": "Note.",
                "noteZh": "注。",
                "propertiesJson": "{"vendors":["NVIDIA","AMD"],"controlled":true}",
                "sourcesJson": "[{"documentId":"doc:unido-report","document":"The report","documentZh":"报告","section":"序言","sectionEn":"Preface","footnote":null,"quote":"图形处理器","quoteEn":"graphics processing units","url":null,"supplementary":false,"note":null},{"documentId":"doc:example","document":"Example page","documentZh":"示例网页","section":null,"sectionEn":null,"footnote":null,"quote":null,"quoteEn":null,"url":"https://example.org/page","supplementary":true,"note":"vendor list"}]",
                "summaryEn": "A chip.",
                "summaryZh": "芯片。",
                "url": null,
              },
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row
      MERGE (n:Entity {id: row.id})
      SET n = row
      SET n:Application
      REMOVE n:Technology:Treaty:Regime:ControlMeasure:Circumvention:Agency:Organization:Resolution:Document:Event:Concept:Jurisdiction
      SET n.validFromDay = date(row.validFromDay), n.validToDay = date(row.validToDay)
      RETURN count(n) AS written",
          "params": {
            "rows": [
              {
                "aliases": [],
                "aliasesEn": [],
                "aliasesText": "",
                "aliasesZh": [],
                "id": "app:model-training",
                "kind": "APPLICATION",
                "nameEn": "Model training",
                "nameKeys": [
                  "model training",
                  "模型训练",
                ],
                "nameZh": "模型训练",
                "noteEn": null,
                "noteZh": null,
                "propertiesJson": "{}",
                "sourcesJson": "[{"documentId":"doc:example","document":"Example page","documentZh":"示例网页","section":null,"sectionEn":null,"footnote":null,"quote":null,"quoteEn":null,"url":"https://example.org/other","supplementary":true,"note":null}]",
                "summaryEn": "Training.",
                "summaryZh": "训练。",
                "url": null,
              },
            ],
          },
        },
        {
          "cypher": "UNWIND $rows AS row
      MERGE (n:Entity {id: row.id})
      SET n = row
      SET n:Document
      REMOVE n:Technology:Application:Treaty:Regime:ControlMeasure:Circumvention:Agency:Organization:Resolution:Event:Concept:Jurisdiction
      SET n.validFromDay = date(row.validFromDay), n.validToDay = date(row.validToDay)
      RETURN count(n) AS written",
          "params": {
            "rows": [
              {
                "aliases": [],
                "aliasesEn": [],
                "aliasesText": "",
                "aliasesZh": [],
                "id": "doc:unido-report",
                "kind": "DOCUMENT",
                "nameEn": "The report",
                "nameKeys": [
                  "the report",
                  "报告",
                ],
                "nameZh": "报告",
                "noteEn": null,
                "noteZh": null,
                "propertiesJson": "{}",
                "sourcesJson": "[{"documentId":"doc:unido-report","document":"The report","documentZh":"报告","section":"序言","sectionEn":"Preface","footnote":null,"quote":"专家报告","quoteEn":null,"url":null,"supplementary":false,"note":null}]",
                "summaryEn": "The report.",
                "summaryZh": "报告。",
                "url": null,
              },
              {
                "aliases": [],
                "aliasesEn": [],
                "aliasesText": "",
                "aliasesZh": [],
                "id": "doc:example",
                "kind": "DOCUMENT",
                "nameEn": "Example page",
                "nameKeys": [
                  "example page",
                  "示例网页",
                ],
                "nameZh": "示例网页",
                "noteEn": null,
                "noteZh": null,
                "propertiesJson": "{}",
                "sourcesJson": "[{"documentId":"doc:unido-report","document":"The report","documentZh":"报告","section":"序言","sectionEn":"Preface","footnote":1,"quote":"示例","quoteEn":null,"url":null,"supplementary":false,"note":null}]",
                "summaryEn": "A page.",
                "summaryZh": "网页。",
                "url": "https://example.org/page",
              },
            ],
          },
        },
      ]
    `);
  });

  it('upserts relationships per type, with the type literal from the vocabulary', () => {
    expect(upsertRelationshipStatements(SEED)).toMatchInlineSnapshot(`
      [
        {
          "cypher": "UNWIND $rows AS row
      MATCH (a:Entity {id: row.from})
      MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:USED_FOR {id: row.properties.id}]->(b)
      SET r = row.properties
      SET r.validFromDay = date(row.properties.validFromDay), r.validToDay = date(row.properties.validToDay)
      RETURN count(r) AS written",
          "params": {
            "rows": [
              {
                "from": "tech:gpu",
                "properties": {
                  "id": "tech:gpu|USED_FOR|app:model-training",
                  "noteEn": "Mainly.",
                  "noteZh": "主要。",
                  "propertiesJson": "{"since":2012}",
                  "sourcesJson": "[{"documentId":"doc:unido-report","document":"The report","documentZh":"报告","section":"序言","sectionEn":"Preface","footnote":null,"quote":"训练大模型","quoteEn":"training large models","url":null,"supplementary":false,"note":null}]",
                },
                "to": "app:model-training",
              },
            ],
          },
        },
      ]
    `);
    expect(relationshipId({ from: 'tech:gpu', type: 'USED_FOR', to: 'app:model-training' })).toBe(
      'tech:gpu|USED_FOR|app:model-training',
    );
  });

  it('counts and records the seed version', () => {
    expect(countStatement()).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Entity)
      WITH count(n) AS nodes
      OPTIONAL MATCH (:Entity)-[r]->(:Entity)
      RETURN nodes, count(r) AS relationships",
        "params": {},
      }
    `);
    expect(seedMetaStatement('abcdef012345', 4, 1)).toMatchInlineSnapshot(`
      {
        "cypher": "MERGE (m:SeedMeta {key: 'seed'})
      SET m.version = $version, m.loadedAt = datetime(),
          m.nodes = toInteger($nodes), m.relationships = toInteger($relationships)",
        "params": {
          "nodes": 4,
          "relationships": 1,
          "version": "abcdef012345",
        },
      }
    `);
    expect(readSeedVersionStatement()).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (m:SeedMeta {key: 'seed'}) RETURN m.version AS version LIMIT 1",
        "params": {},
      }
    `);
  });

  it('writes in batches', () => {
    const many: SeedEntity[] = Array.from({ length: 5 }, (_, i) => ({ ...GPU, id: `tech:gpu-${i}` }));
    const statements = upsertNodeStatements({ ...SEED, entities: [...many, REPORT] }, 2);
    expect(statements.map((s) => [s.cypher.split('\n')[3], (s.params.rows as unknown[]).length])).toEqual([
      ['SET n:Technology', 2],
      ['SET n:Technology', 2],
      ['SET n:Technology', 1],
      ['SET n:Document', 1],
    ]);
    expect(() => upsertNodeStatements(SEED, 0)).toThrow('batch size must be a positive integer');
  });

  it('keeps seed text out of the query string', () => {
    const hostile: SeedEntity = {
      ...GPU,
      id: 'tech:x',
      name: { en: "x'}) DETACH DELETE n //", zh: '`Evil`' },
    };
    const statements = [
      ...upsertNodeStatements({ ...SEED, entities: [hostile] }),
      ...upsertRelationshipStatements(SEED),
    ];
    for (const statement of statements) {
      expect(statement.cypher).not.toContain('DETACH');
      expect(statement.cypher).not.toContain('Evil');
      expect(statement.cypher).not.toContain('tech:');
    }
    const labels = new Set(Object.values(KIND_LABEL));
    for (const statement of upsertNodeStatements(SEED)) {
      const label = /SET n:(\w+)/u.exec(statement.cypher)?.[1] ?? '';
      expect(labels.has(label)).toBe(true);
    }
  });

  it("attaches the atlas's English quote and section to each stored source, looked up with whitespace folded", () => {
    const row = nodeRow(
      {
        ...GPU,
        sources: [{ doc: 'doc:unido-report', section: ' 序言\n', quote: '图形 处理器', supplementary: false }],
      },
      new Map([[REPORT.id, REPORT]]),
      SEED.translations,
    );
    expect(JSON.parse(row.sourcesJson)).toEqual([
      {
        documentId: 'doc:unido-report',
        document: 'The report',
        documentZh: '报告',
        section: ' 序言\n',
        sectionEn: 'Preface',
        footnote: null,
        quote: '图形 处理器',
        quoteEn: 'graphics processing units',
        url: null,
        supplementary: false,
        note: null,
      },
    ]);
    // Without translations (or for text with no Chinese in it) the English fields are null, never the original.
    const plain = JSON.parse(nodeRow(GPU, new Map()).sourcesJson) as { quoteEn: unknown; sectionEn: unknown }[];
    expect(plain.map((s) => [s.quoteEn, s.sectionEn])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('builds the name keys from folded names and aliases, each once, and empty lists when there are no aliases', () => {
    const row = nodeRow(GPU, new Map([[EXAMPLE.id, EXAMPLE]]));
    expect(row.nameKeys).toEqual(['gpu', '图形处理器', 'graphics processing unit', 'gpu芯片']);
    // Width, case and runs of spaces fold as the API folds the text typed for them; a repeat is kept once.
    const folded = searchFields('ＧＰＵ  Chip', '芯片', ['gpu chip', 'GPU'], ['芯片']);
    expect(folded.nameKeys).toEqual(['gpu chip', '芯片', 'gpu']);
    expect(nodeRow(TRAINING, new Map()).aliases).toEqual([]);
    expect(nodeRow(TRAINING, new Map()).aliasesText).toBe('');
    expect(nodeRow(TRAINING, new Map()).noteEn).toBeNull();
  });
});
