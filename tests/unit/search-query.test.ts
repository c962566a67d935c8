import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '#domain';
import { escapeLucene, luceneQuery, nameKeysQuery, nameTokensQuery } from '../../server/src/search/lucene';
import { NAME_CANDIDATES, searchQuery } from '../../server/src/search/query';

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

  it('accepts any word, so that scores add up over the words an entity matches', () => {
    expect(luceneQuery('export (control')).toMatchInlineSnapshot(
      `"(export OR export* OR export~1) OR (\\(control OR control* OR control~1)"`,
    );
  });

  it('adds fuzzy terms only to texts of at most three words, where there is little else to go on', () => {
    expect(luceneQuery('wassenar arangement')).toBe(
      '(wassenar OR wassenar* OR wassenar~1) OR (arangement OR arangement* OR arangement~1)',
    );
    const long = luceneQuery('secure quantum guidance systems') ?? '';
    expect(long).toBe(
      '(secure OR secure*) OR (quantum OR quantum*) OR (guidance OR guidance*) OR (systems OR systems*)',
    );
  });

  it('asks the index that keeps English stop words only when the text has one', () => {
    const luceneEn = (text: string) => searchQuery(text, null, 20).params.luceneEn;
    expect(luceneEn('export control')).toBeNull();
    expect(luceneEn('瓦森纳')).toBeNull();
    expect(luceneEn('IT')).toBe(luceneQuery('IT'));
    expect(luceneEn('Treaty on the Non-Proliferation')).toBe(luceneQuery('Treaty on the Non-Proliferation'));
  });

  it('cannot be steered by Lucene syntax in the input', () => {
    const query = luceneQuery('nameEn:* OR *:* AND~') ?? '';
    // Field names, match-all and operators from the input are escaped or dropped; wildcards and fuzzy terms are
    // only ever added by the builder, to bare words of letters and digits.
    expect(query).not.toMatch(/(^|[^\\]):/);
    expect(query).toContain('(or OR or*)'); // the input's OR is a lower-case word, not an operator
    expect(query).toMatchInlineSnapshot(`"(nameen\\:\\* OR nameen* OR nameen~1) OR (or OR or*) OR (and\\~ OR and*)"`);
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
 * `~1` right after a word of letters or digits, and upper-case AND / OR between
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

describe('name queries against hostile input', () => {
  const hostile = [
    'Wass',
    '  ＷＡ  x ',
    'a"b',
    'a\\"b',
    '\\',
    '*:*',
    'nameKeys:x OR kind:REGIME',
    '(((',
    '瓦森纳 "安排',
    'x'.repeat(200),
  ];
  /** A Lucene phrase's text, unescaped (only `\"` and `\\` are escapes there). */
  const unphrase = (body: string) => body.replace(/\\(["\\])/gu, '$1');
  /** A Lucene term's text, unescaped. */
  const unterm = (body: string) => body.replace(/\\(.)/gu, '$1');

  it.each(hostile)('keeps %j as one exact name and one name prefix', (text) => {
    const match = /^nameKeys:"((?:[^"\\]|\\.)*)"\^1000 OR nameKeys:((?:[^\s+\-&|!(){}[\]^"~*?:\\/<>=]|\\.)+)\*$/su.exec(
      nameKeysQuery(text, null),
    );
    expect(match).not.toBeNull();
    expect(unphrase(match?.[1] ?? '')).toBe(normalizeSearchText(text));
    expect(unterm(match?.[2] ?? '')).toBe(normalizeSearchText(text));
  });

  it('adds the kinds as a clause of their own field', () => {
    expect(nameKeysQuery('Wass', ['REGIME', 'TREATY'])).toBe(
      '(nameKeys:"wass"^1000 OR nameKeys:wass*) AND kind:(REGIME OR TREATY)',
    );
    expect(nameKeysQuery('Wass', [])).toBe('nameKeys:"wass"^1000 OR nameKeys:wass*');
  });

  it.each(hostile.filter((text) => /\p{Script=Han}/u.test(text)))('keeps %j as one phrase of names', (text) => {
    const match = /^"((?:[^"\\]|\\.)*)"$/su.exec(nameTokensQuery(text) ?? '');
    expect(match).not.toBeNull();
    expect(unphrase(match?.[1] ?? '')).toBe(normalizeSearchText(text));
  });

  it('asks for names containing the text only when it has Chinese, Japanese or Korean characters', () => {
    expect(nameTokensQuery('芯')).toBe('"芯"');
    expect(nameTokensQuery('DeepSeek 案例')).toBe('"deepseek 案例"');
    expect(nameTokensQuery('export control')).toBeNull();
    expect(nameTokensQuery('///')).toBeNull();
  });
});

describe('search Cypher builder', () => {
  it('finds every candidate through a full-text index, never by reading all entities', () => {
    const { cypher } = searchQuery('wass', null, 20);
    expect(cypher).not.toMatch(/MATCH \(/u);
    const calls = [...cypher.matchAll(/db\.index\.fulltext\.queryNodes\('(\w+)', (\$?\w+),/gu)].map(
      ([, index, query]) => `${index ?? ''} ${query ?? ''}`,
    );
    expect(calls).toEqual([
      'entityNameKeys $keys',
      'entityNameTokens tokens',
      'entityNames $lucene',
      'entityNamesEn $luceneEn',
    ]);
  });

  it('passes the text only as parameters', () => {
    const query = searchQuery('Wass) RETURN 1 //', ['REGIME'], 20);
    expect(query.cypher).not.toContain('Wass');
    expect(query.cypher).not.toContain('REGIME');
    expect(query.params).toMatchInlineSnapshot(`
      {
        "candidates": 200,
        "keys": "(nameKeys:"wass) return 1 //"^1000 OR nameKeys:wass\\)\\ return\\ 1\\ \\/\\/*) AND kind:(REGIME)",
        "kinds": [
          "REGIME",
        ],
        "limit": 20,
        "lucene": "(wass\\) OR wass* OR wass~1) OR (return OR return* OR return~1) OR 1",
        "luceneEn": null,
        "nameCandidates": 500,
        "text": "wass) return 1 //",
        "tokens": null,
      }
    `);
  });

  it('builds the ranked query around the name and full-text branches', () => {
    const query = searchQuery('瓦森', null, 10);
    // Each full-text branch is asked only while the name tiers leave room on the page, and gives one list.
    const branch =
      /CALL \(named\) \{\n {2}WITH named WHERE size\(named\) < \$limit AND \$(\w+) IS NOT NULL\n[\s\S]*?\n\}/gu;
    expect([...query.cypher.matchAll(branch)].map(([, param]) => param)).toEqual(['lucene', 'luceneEn']);
    // The name branches' calls are checked above, one by one.
    const names = /^CALL \(\) \{\n[\s\S]*?\n\}\n/u;
    expect(query.cypher).toMatch(names);
    expect(query.cypher.replace(names, '…name branches…\n').replace(branch, '…full-text branch…'))
      .toMatchInlineSnapshot(`
      "…name branches…
      WITH n WHERE ($kinds IS NULL OR n.kind IN $kinds) AND CASE
            WHEN $text IN n.nameKeys THEN 0
            WHEN any(x IN n.nameKeys WHERE x STARTS WITH $text) THEN 1
            WHEN any(x IN n.nameKeys WHERE x CONTAINS $text) THEN 2
            ELSE 3
          END < 3
      WITH collect({n: n, score: 0.0}) AS named
      …full-text branch…
      …full-text branch…
      UNWIND named + found + foundEn AS hit
      WITH hit.n AS n, max(hit.score) AS score
      WITH n, score, CASE
            WHEN $text IN n.nameKeys THEN 0
            WHEN any(x IN n.nameKeys WHERE x STARTS WITH $text) THEN 1
            WHEN any(x IN n.nameKeys WHERE x CONTAINS $text) THEN 2
            ELSE 3
          END AS rank, reduce(m = 1000000, x IN [x IN n.nameKeys WHERE x STARTS WITH $text] | CASE WHEN size(x) < m THEN size(x) ELSE m END) AS closeness
      ORDER BY rank ASC, closeness ASC, CASE rank WHEN 3 THEN score ELSE 0.0 END DESC, n.id ASC
      LIMIT $limit
      RETURN n {.id, .kind, .nameEn, .nameZh, .summaryEn, .summaryZh, .noteEn, .noteZh, .url, .sourcesJson, .propertiesJson, .scope, .scopeNoteEn, .scopeNoteZh, .validFrom, .validTo, .validityJson, aliases: coalesce(n.aliases, [])} AS entity, rank, score"
    `);
    expect(query.params).toMatchObject({ text: '瓦森', tokens: '"瓦森"', lucene: '瓦森', luceneEn: null });
    expect(query.params.nameCandidates).toBe(NAME_CANDIDATES);
  });
});
