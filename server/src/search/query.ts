/**
 * Pure Cypher builder for search. The user's text only ever travels as parameters: `$text` (normalised, lower-case)
 * for exact / prefix / substring matching, and `$lucene` (every Lucene special character escaped) for full-text.
 */
import type { CypherQuery } from '../db/driver';
import { entityProjection } from '../entity/model';

export const SEARCH_LIMIT = { min: 1, max: 100 } as const;
export const SEARCH_TEXT_MAX_LENGTH = 200;
/** Full-text hits read from each index before ranking; far more than any page, so kind filters still fill one. */
export const FULLTEXT_CANDIDATES = 200;
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

/**
 * Ranks: 0 exact name or alias, 1 a name or alias starts with the text, 2 the names/aliases contain it (also the
 * answer for one-character Chinese queries, which the bigram index cannot match), 3 full-text (names, aliases,
 * summaries; fuzzy for small typos). An entity keeps its best rank; order: rank, then the length of the matched
 * name (closer matches first), then full-text score, then id.
 */
export function searchQuery(text: string, kinds: readonly string[] | null, limit: number): CypherQuery {
  const normalized = normalizeSearchText(text);
  return {
    cypher: `CALL () {
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
RETURN ${entityProjection('n')} AS entity, rank, score`,
    params: { text: normalized, lucene: luceneQuery(normalized), kinds, limit, candidates: FULLTEXT_CANDIDATES },
  };
}
