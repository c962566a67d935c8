/**
 * Pure Cypher builder for search. The user's text only ever travels as parameters: `$text` (normalised, lower-case)
 * and patterns built from it for exact / prefix / substring matching, and `$lucene` (every Lucene special character
 * escaped) for full-text. Every branch starts from an index, never from a scan of all entities, so the cost follows
 * the number of matches, and each branch reads a bounded number of them.
 */
import { SEARCH_TEXT_SEPARATOR } from '#domain';

export { SEARCH_TEXT_MAX_LENGTH } from '#domain';
import type { CypherQuery } from '../db/driver';
import { entityProjection } from '../entity/model';
import { luceneQuery, normalizeSearchText } from './lucene';

export const SEARCH_LIMIT = { min: 1, max: 100 } as const;
/** Full-text hits read from each index before ranking; far more than any page, so kind filters still fill one. */
export const FULLTEXT_CANDIDATES = 200;
/**
 * Entities read from the text index by each exact, prefix and substring branch. Far above the largest page (100) and
 * above the number of entities in the real seed (310), so its answers are complete (a test checks the seed stays
 * below it); on a large graph a one-letter query reads at most this many per branch instead of every entity.
 */
export const TEXT_CANDIDATES = 500;

/**
 * How each branch finds candidates in the `searchText` text index (names and aliases joined by the separator). The
 * exact branches find every entity with a name equal to the text, the prefix branches every entity with a name
 * starting with it, the substring branch any name containing it; the rank itself is computed afterwards from the
 * names, so a candidate found by a wider branch still ranks exact.
 */
const TEXT_BRANCHES = [
  'n.searchText STARTS WITH $exactFirst',
  'n.searchText CONTAINS $exactInner',
  'n.searchText ENDS WITH $exactLast',
  'n.searchText STARTS WITH $text',
  'n.searchText CONTAINS $prefixInner',
  'n.searchText CONTAINS $text',
] as const;

function textBranch(predicate: string): string {
  return `MATCH (n:Entity) USING TEXT INDEX n:Entity(searchText)
    WHERE ${predicate} AND ($kinds IS NULL OR n.kind IN $kinds)
    RETURN n LIMIT $textCandidates`;
}

function fulltextBranch(index: 'entityNames' | 'entityNamesEn'): string {
  return `WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('${index}', lucene, {limit: $candidates}) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN node AS n, 3 AS rank, 1000000 AS closeness, score`;
}

/**
 * Ranks: 0 exact name or alias, 1 a name or alias starts with the text, 2 the names/aliases contain it (also the
 * answer for one-character Chinese queries, which the bigram index cannot match), 3 full-text (names, aliases,
 * summaries; fuzzy for small typos). An entity keeps its best rank; order: rank, then the length of the matched
 * name (closer matches first), then full-text score, then id.
 */
export function searchQuery(text: string, kinds: readonly string[] | null, limit: number): CypherQuery {
  const normalized = normalizeSearchText(text);
  const sep = SEARCH_TEXT_SEPARATOR;
  return {
    cypher: `CALL () {
  CALL () {
    ${TEXT_BRANCHES.map(textBranch).join('\n    UNION\n    ')}
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
  ${fulltextBranch('entityNames')}
  UNION ALL
  ${fulltextBranch('entityNamesEn')}
}
WITH n, min(rank) AS rank, min(closeness) AS closeness, max(score) AS score
ORDER BY rank ASC, closeness ASC, score DESC, n.id ASC
LIMIT $limit
RETURN ${entityProjection('n')} AS entity, rank, score`,
    params: {
      text: normalized,
      exactFirst: `${normalized}${sep}`,
      exactInner: `${sep}${normalized}${sep}`,
      exactLast: `${sep}${normalized}`,
      prefixInner: `${sep}${normalized}`,
      lucene: luceneQuery(normalized),
      kinds,
      limit,
      candidates: FULLTEXT_CANDIDATES,
      textCandidates: TEXT_CANDIDATES,
    },
  };
}
