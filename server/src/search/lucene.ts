/**
 * The user's text as Lucene queries for the full-text indexes. Nothing of the input reaches Lucene's syntax: every
 * special character is escaped and the words are lower-cased (so AND / OR / NOT stay words); the only wildcards,
 * fuzzy marks, boosts, fields and operators in a result are the ones this module adds.
 */
import { normalizeSearchText } from '#domain';

/** At most this many words take part in the full-text query. */
export const MAX_QUERY_TOKENS = 12;
/**
 * Fuzzy terms only for texts of at most this many words. Each fuzzy term expands to every indexed word one edit
 * away, and on a large graph they are most of a long query's cost (a four- to six-word name at 1M entities: 15 ms
 * with them, 9 ms without, at p50). In a longer text the words are alternatives whose scores add up, so one
 * misspelt word still leaves the others to find the entity; a short text has nothing else to go on.
 */
export const FUZZY_MAX_WORDS = 3;

/** Escapes every character the Lucene query parser treats specially (`/` included, for symbols like A/RES/79/239). */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/<>=]/gu, '\\$&');
}

/** Escapes a term that must stay one term: the specials and whitespace too (the parser splits on whitespace). */
function escapeKeyword(term: string): string {
  return escapeLucene(term).replace(/\s/gu, '\\$&');
}

/** Text inside a quoted phrase: only the quote and the backslash mean anything there. */
function escapePhrase(text: string): string {
  return text.replace(/["\\]/gu, '\\$&');
}

const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}]+$/u;
const LATIN_LETTERS = /^\p{Script=Latin}+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The English stop words the `cjk` analyzer drops (Lucene's English stop set and CJKAnalyzer's default list). Only
 * when the text has one does `entityNamesEn`, which keeps them, find something `entityNames` cannot.
 */
const CJK_STOP_WORDS = new Set(
  (
    'a an and are as at be but by for if in into is it no not of on or s such t that the their then there these ' +
    'they this to was will with www'
  ).split(' '),
);

/**
 * The full-text query: per word, the escaped term, a prefix `term*` for Latin words of 2+ characters and, in a
 * text of up to FUZZY_MAX_WORDS words, a fuzzy `term~1` (one edit) for Latin words of 4+ letters. The words are
 * alternatives, and BM25 adds up the scores of the words an entity matches, so the entities matching most of them
 * come first. Null when the text has no letter or digit (the full-text part is then skipped).
 */
export function luceneQuery(text: string): string | null {
  // Lower case first: it is also what keeps AND / OR / NOT in the input from acting as Lucene operators.
  const words = normalizeSearchText(text)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, MAX_QUERY_TOKENS);
  if (words.length === 0) return null;
  const fuzzy = words.length <= FUZZY_MAX_WORDS;
  const clauses = words.map((word) => {
    const escaped = escapeLucene(word);
    const parts = [escaped];
    // Wildcard and fuzzy terms skip the analyzer, so they use the bare word ("(control" → "control").
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (LATIN_WORD.test(bare) && bare.length >= 2) parts.push(`${bare}*`);
    if (fuzzy && LATIN_LETTERS.test(bare) && bare.length >= 4) parts.push(`${bare}~1`);
    return parts.length === 1 ? escaped : `(${parts.join(' OR ')})`;
  });
  return clauses.join(' OR ');
}

/** Whether the text has a word `entityNames` drops, so that `entityNamesEn` can find what it cannot. */
export function hasCjkStopWord(text: string): boolean {
  return normalizeSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => CJK_STOP_WORDS.has(word));
}

/** Above any single entity's full-text score, so every exact name outranks every mere prefix among the candidates. */
const EXACT_BOOST = 1000;

/**
 * The query for `entityNameKeys`: a name or alias equal to the folded text (boosted), or starting with it, and,
 * when kinds are given, of one of those kinds. The text is one term (whitespace escaped), as each key is.
 */
export function nameKeysQuery(text: string, kinds: readonly string[] | null): string {
  const folded = normalizeSearchText(text);
  const names = `nameKeys:"${escapePhrase(folded)}"^${EXACT_BOOST} OR nameKeys:${escapeKeyword(folded)}*`;
  // No kind given: no kind clause (the Cypher filter then keeps nothing, as `n.kind IN []` does).
  if (kinds === null || kinds.length === 0) return names;
  return `(${names}) AND kind:(${kinds.map(escapeKeyword).join(' OR ')})`;
}

/**
 * The query for `entityNameTokens` when the text has Chinese (or Japanese, Korean) characters: the text as one
 * phrase, which the index's analyzer cuts into single characters, so it matches a name containing them in order.
 * Null for other text, whose word matches the full-text query already finds.
 */
export function nameTokensQuery(text: string): string | null {
  const folded = normalizeSearchText(text);
  return CJK.test(folded) ? `"${escapePhrase(folded)}"` : null;
}
