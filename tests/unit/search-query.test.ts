import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, normalizeSearchText } from '../../server/src/search/lucene';
import { searchQuery } from '../../server/src/search/query';

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

/** The characters Lucene's classic query parser treats as syntax (plus `/`, `<`, `>`, `=` of the flexible one). */
const LUCENE_SPECIAL = new Set('+-&|!(){}[]^"~*?:\\/<>='.split(''));

/** Every special character of `query` that is not escaped by a backslash, with its position. */
function unescapedSyntax(query: string): { char: string; at: number }[] {
  const found: { char: string; at: number }[] = [];
  for (let at = 0; at < query.length; at++) {
    const char = query.charAt(at);
    if (char === '\\')
      at++; // the next character is escaped
    else if (LUCENE_SPECIAL.has(char)) found.push({ char, at });
  }
  return found;
}

/**
 * Checks that the only syntax in a full-text query is the builder's own: grouping parentheses (balanced), `*` and
 * `~1` right after a word of letters or digits, `^2` after a closing parenthesis, and upper-case AND / OR between
 * clauses. Anything else unescaped would have come from the input.
 */
function expectOnlyBuilderSyntax(query: string): void {
  let depth = 0;
  for (const { char, at } of unescapedSyntax(query)) {
    const before = query.charAt(at - 1);
    const after = query.charAt(at + 1);
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '*') expect(/[\p{L}\p{N}]/u.test(before) && /[ )]|^$/u.test(after), query).toBe(true);
    else if (char === '~') expect(after, query).toBe('1');
    else if (char === '^') expect([before, after], query).toEqual([')', '2']);
    else expect.fail(`unescaped ${char} at ${at} in ${query}`);
    expect(depth, query).toBeGreaterThanOrEqual(0);
  }
  expect(depth, query).toBe(0);
  // The input is lower-cased, so an upper-case operator can only be the builder's, and NOT is never one of them.
  const operators = [...query.matchAll(/\b[A-Z]+\b/gu)].map(([word]) => word);
  expect(
    operators.filter((word) => word !== 'AND' && word !== 'OR'),
    query,
  ).toEqual([]);
}

describe('full-text query against hostile input', () => {
  const hostile = [
    '*',
    '?',
    '~',
    '"',
    '\\',
    'AND',
    'OR NOT',
    ':',
    '*:*',
    'nameEn:Wassenaar',
    '(((',
    ')))',
    '[a TO z}',
    '{x',
    'wass~ AND ~1 OR "unclosed',
    'a && b || !c',
    'title:"x" +y -z^3',
    '/regex.*/',
    'x'.repeat(200),
    '*:'.repeat(100),
    'ab"(:'.repeat(40),
    Array.from({ length: 40 }, (_, i) => `w${i}:*`).join(' '),
  ];

  const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

  it.each(hostile.filter(hasWord))('keeps %j as plain text', (text) => {
    const query = luceneQuery(text);
    expect(query).not.toBeNull();
    expectOnlyBuilderSyntax(query ?? '');
  });

  it('runs no full-text query at all for hostile text without a letter or digit', () => {
    const wordless = hostile.filter((text) => !hasWord(text));
    expect(wordless.length).toBeGreaterThan(5);
    for (const text of wordless) expect(luceneQuery(text), text).toBeNull();
  });

  it('escapes reversibly: removing the escapes gives the input back', () => {
    for (const text of hostile) expect(escapeLucene(text).replace(/\\(.)/gu, '$1')).toBe(text);
  });

  it('reads at most 12 words however long the text', () => {
    const query = luceneQuery(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')) ?? '';
    expect(query).toContain('word11');
    expect(query).not.toContain('word12');
  });

  it('keeps a 200-character word as one escaped term', () => {
    const word = 'a:'.repeat(100);
    expect(luceneQuery(word)).toBe(escapeLucene(word));
  });
});

describe('search Cypher builder', () => {
  it('starts every exact, prefix and substring branch from the text index, never from all entities', () => {
    const { cypher } = searchQuery('wass', null, 20);
    const matches = [...cypher.matchAll(/MATCH \(n:Entity\)[^\n]*/gu)].map(([line]) => line);
    expect(matches).toHaveLength(6);
    for (const match of matches) expect(match).toBe('MATCH (n:Entity) USING TEXT INDEX n:Entity(searchText)');
    const predicates = [
      ...cypher.matchAll(
        /WHERE (n\.searchText [^\n]*) AND \(\$kinds IS NULL OR n\.kind IN \$kinds\)\n\s*RETURN n LIMIT \$textCandidates/gu,
      ),
    ];
    // Exact (first, inner, last name), prefix (first, other names), substring: the order of the tiers.
    expect(predicates.map(([, predicate]) => predicate?.replace('n.searchText ', '')).join('; ')).toBe(
      'STARTS WITH $exactFirst; CONTAINS $exactInner; ENDS WITH $exactLast; STARTS WITH $text; CONTAINS $prefixInner; CONTAINS $text',
    );
    expect([...cypher.matchAll(/db\.index\.fulltext\.queryNodes/gu)]).toHaveLength(2);
  });

  it('builds the exact and prefix patterns from the separator the loader writes', () => {
    const { params } = searchQuery('  ＷＡ ', null, 20);
    expect(params).toMatchObject({
      text: 'wa',
      exactFirst: 'wa | ',
      exactInner: ' | wa | ',
      exactLast: ' | wa',
      prefixInner: ' | wa',
      textCandidates: 500,
    });
  });

  it('passes the text only as parameters', () => {
    const query = searchQuery('Wass) RETURN 1 //', ['REGIME'], 20);
    expect(query.cypher).not.toContain('Wass');
    expect(query.cypher).not.toContain('REGIME');
    expect(query.params).toMatchInlineSnapshot(`
      {
        "candidates": 200,
        "exactFirst": "wass) return 1 // | ",
        "exactInner": " | wass) return 1 // | ",
        "exactLast": " | wass) return 1 //",
        "kinds": [
          "REGIME",
        ],
        "limit": 20,
        "lucene": "((wass\\) OR wass* OR wass~1) AND (return OR return* OR return~1) AND 1)^2 OR (wass\\) OR wass* OR wass~1) OR (return OR return* OR return~1) OR 1",
        "prefixInner": " | wass) return 1 //",
        "text": "wass) return 1 //",
        "textCandidates": 500,
      }
    `);
  });

  it('builds the ranked union query around the text-index branches', () => {
    const query = searchQuery('瓦森', null, 10);
    // The six branches are checked one by one above; here, what surrounds them.
    const branches = /\n {4}MATCH \(n:Entity\)[\s\S]*RETURN n LIMIT \$textCandidates\n/u;
    expect(query.cypher).toMatch(branches);
    expect(query.cypher.replace(branches, '\n    …text-index branches…\n')).toMatchInlineSnapshot(`
      "CALL () {
        CALL () {
          …text-index branches…
        }
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
      RETURN n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])} AS entity, rank, score"
    `);
    expect(query.params.lucene).toBe('瓦森');
  });
});
