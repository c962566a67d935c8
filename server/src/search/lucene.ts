/**
 * The user's text as a Lucene query for the full-text indexes. Nothing of the input reaches Lucene's syntax: every
 * special character is escaped and the words are lower-cased (so AND / OR / NOT stay words); the only wildcards,
 * fuzzy marks and operators in the result are the ones this module adds.
 */

/** At most this many words take part in the full-text query. */
export const MAX_QUERY_TOKENS = 12;

/** Case- and width-folded text, the form `searchText` was written in (full-width "ＷＡ" → "wa"). */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Escapes every character the Lucene query parser treats specially (`/` included, for symbols like A/RES/79/239). */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/<>=]/gu, '\\$&');
}

const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}]+$/u;
const LATIN_LETTERS = /^\p{Script=Latin}+$/u;

/**
 * The full-text query: per word, the escaped term, a prefix `term*` for Latin words of 2+ characters and a
 * fuzzy `term~1` (one edit) for Latin words of 4+ letters; all words together score above any one of them.
 * Null when the text has no letter or digit (the full-text part is then skipped).
 */
export function luceneQuery(text: string): string | null {
  // Lower case first: it is also what keeps AND / OR / NOT in the input from acting as Lucene operators.
  const words = normalizeSearchText(text)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, MAX_QUERY_TOKENS);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const escaped = escapeLucene(word);
    const parts = [escaped];
    // Wildcard and fuzzy terms skip the analyzer, so they use the bare word ("(control" → "control").
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (LATIN_WORD.test(bare) && bare.length >= 2) parts.push(`${bare}*`);
    if (LATIN_LETTERS.test(bare) && bare.length >= 4) parts.push(`${bare}~1`);
    return parts.length === 1 ? escaped : `(${parts.join(' OR ')})`;
  });
  if (clauses.length === 1) return clauses[0] ?? null;
  return `(${clauses.join(' AND ')})^2 OR ${clauses.join(' OR ')}`;
}
