import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, normalizeSearchText, searchQuery } from '../../server/src/search/query';

describe('search text handling', () => {
  it('normalises case, width and whitespace', () => {
    expect(normalizeSearchText('  Wassenaar   ARRANGEMENT ')).toBe('wassenaar arrangement');
    expect(normalizeSearchText('ＷＡ')).toBe('wa');
    expect(normalizeSearchText('瓦森纳')).toBe('瓦森纳');
  });

  it('escapes every Lucene special character, slash included', () => {
    expect(escapeLucene('A/RES/79/239')).toBe('A\\/RES\\/79\\/239');
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('plain')).toBe('plain');
  });

  it('adds prefix and one-edit fuzzy terms to Latin words only', () => {
    expect(luceneQuery('wasenaar')).toBe('(wasenaar OR wasenaar* OR wasenaar~1)');
    expect(luceneQuery('wa')).toBe('(wa OR wa*)');
    expect(luceneQuery('h100')).toBe('(h100 OR h100*)');
    expect(luceneQuery('瓦森纳')).toBe('瓦森纳');
    expect(luceneQuery('a/res/79/239')).toBe('a\\/res\\/79\\/239');
  });

  it('requires all words for the best score and accepts any for the rest', () => {
    expect(luceneQuery('export (control')).toMatchInlineSnapshot(
      `"((export OR export* OR export~1) AND (\\(control OR control* OR control~1))^2 OR (export OR export* OR export~1) OR (\\(control OR control* OR control~1)"`,
    );
  });

  it('cannot be steered by Lucene syntax in the input', () => {
    const query = luceneQuery('nameEn:* OR *:* AND~') ?? '';
    // Field names, match-all and operators from the input are escaped or dropped; wildcards and fuzzy terms are
    // only ever added by the builder, to bare words of letters and digits.
    expect(query).not.toMatch(/(^|[^\\]):/);
    expect(query).toContain('(or OR or*)'); // the input's OR is a lower-case word, not an operator
    expect(query).toMatchInlineSnapshot(
      `"((nameen\\:\\* OR nameen* OR nameen~1) AND (or OR or*) AND (and\\~ OR and*))^2 OR (nameen\\:\\* OR nameen* OR nameen~1) OR (or OR or*) OR (and\\~ OR and*)"`,
    );
  });

  it('skips full-text for text without letters or digits', () => {
    expect(luceneQuery('///')).toBeNull();
    expect(searchQuery('///', null, 5).params.lucene).toBeNull();
  });
});

describe('search Cypher builder', () => {
  it('passes the text only as parameters', () => {
    const query = searchQuery('Wass) RETURN 1 //', ['REGIME'], 20);
    expect(query.cypher).not.toContain('Wass');
    expect(query.cypher).not.toContain('REGIME');
    expect(query.params).toMatchInlineSnapshot(`
      {
        "candidates": 200,
        "kinds": [
          "REGIME",
        ],
        "limit": 20,
        "lucene": "((wass\\) OR wass* OR wass~1) AND (return OR return* OR return~1) AND 1)^2 OR (wass\\) OR wass* OR wass~1) OR (return OR return* OR return~1) OR 1",
        "text": "wass) return 1 //",
      }
    `);
  });

  it('builds the ranked union query', () => {
    expect(searchQuery('瓦森', null, 10)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (n:Entity)
        WHERE $kinds IS NULL OR n.kind IN $kinds
        WITH n, [x IN [n.nameEn, n.nameZh] + coalesce(n.aliases, []) WHERE x IS NOT NULL | toLower(x)] AS names
        WITH n, names, CASE
            WHEN $text IN names THEN 0
            WHEN any(x IN names WHERE x STARTS WITH $text) THEN 1
            WHEN n.searchText CONTAINS $text THEN 2
          END AS rank
        WHERE rank IS NOT NULL
        RETURN n, rank, reduce(m = 1000000, x IN [x IN names WHERE x STARTS WITH $text] | CASE WHEN size(x) < m THEN size(x) ELSE m END) AS closeness, 0.0 AS score
        UNION ALL
        WITH $lucene AS lucene WHERE lucene IS NOT NULL
        CALL db.index.fulltext.queryNodes('entityNames', lucene, {limit: $candidates}) YIELD node, score
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN node AS n, 3 AS rank, 1000000 AS closeness, score
        UNION ALL
        WITH $lucene AS lucene WHERE lucene IS NOT NULL
        CALL db.index.fulltext.queryNodes('entityNamesEn', lucene, {limit: $candidates}) YIELD node, score
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN node AS n, 3 AS rank, 1000000 AS closeness, score
      }
      WITH n, min(rank) AS rank, min(closeness) AS closeness, max(score) AS score
      ORDER BY rank ASC, closeness ASC, score DESC, n.id ASC
      LIMIT $limit
      RETURN n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, aliases: coalesce(n.aliases, [])} AS entity, rank, score",
        "params": {
          "candidates": 200,
          "kinds": null,
          "limit": 10,
          "lucene": "瓦森",
          "text": "瓦森",
        },
      }
    `);
  });
});
