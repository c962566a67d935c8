/**
 * Pure Cypher builder for search. The user's text only ever travels as parameters: `$text` (folded) for ranking,
 * and Lucene queries built from it with every special character escaped (lucene.ts). Every branch starts from a
 * full-text index, never from a scan of all entities, and reads a bounded number of candidates, so the cost follows
 * the number of matches up to that bound, not the size of the graph.
 */
import { normalizeSearchText } from '#domain';

export { SEARCH_TEXT_MAX_LENGTH } from '#domain';
import type { CypherQuery } from '../db/driver';
import { entityProjection } from '../entity/model';
import { hasCjkStopWord, luceneQuery, nameKeysQuery, nameTokensQuery } from './lucene';

export const SEARCH_LIMIT = { min: 1, max: 100 } as const;
/** Full-text hits read from each index before ranking; far more than any page, so kind filters still fill one. */
export const FULLTEXT_CANDIDATES = 200;
/**
 * Entities read by each name branch (exact and prefix names; names containing Chinese text). Far above the largest
 * page (100) and above the number of entities in the real seed (310), so its answers are complete (a test checks
 * the seed stays below it); on a large graph a one-letter query reads at most this many instead of every entity.
 */
export const NAME_CANDIDATES = 500;

/**
 * The tier an entity earns by its names alone (`nameKeys`, folded as `$text` is): 0 a name or alias equals the
 * text, 1 one starts with it, 2 one contains it, else 3 (found by full-text only). And how close its closest
 * prefixed name is (its length), so that "GPU" comes before "GPU cluster".
 */
const TIER = `CASE
      WHEN $text IN n.nameKeys THEN 0
      WHEN any(x IN n.nameKeys WHERE x STARTS WITH $text) THEN 1
      WHEN any(x IN n.nameKeys WHERE x CONTAINS $text) THEN 2
      ELSE 3
    END`;
const CLOSENESS = `reduce(m = 1000000, x IN [x IN n.nameKeys WHERE x STARTS WITH $text] | CASE WHEN size(x) < m THEN size(x) ELSE m END)`;

/**
 * One full-text branch of the last tier, run only while the name tiers have fewer entities than the page: below
 * that, nothing it finds could reach the page. An aggregate over no rows is still one row, so the branch always
 * gives one list, empty when skipped.
 */
function fulltextBranch(index: 'entityNames' | 'entityNamesEn', param: 'lucene' | 'luceneEn', into: string): string {
  return `CALL (named) {
  WITH named WHERE size(named) < $limit AND $${param} IS NOT NULL
  CALL db.index.fulltext.queryNodes('${index}', $${param}, {limit: $candidates}) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN collect({n: node, score: score}) AS ${into}
}`;
}

/**
 * Ranks: 0 exact name or alias, 1 a name or alias starts with the text, 2 a name or alias contains it, 3 full-text
 * only (names, aliases, summaries; prefix and fuzzy terms). The name branches find the candidates of tiers 0-2:
 * `entityNameKeys` for exact names and prefixes, `entityNameTokens` for names containing Chinese text (one character
 * included). The tier is then computed from the names of every candidate, whichever branch found it. Order: tier,
 * the length of the closest prefixed name, then, in tier 3, the full-text score; the id last.
 */
export function searchQuery(text: string, kinds: readonly string[] | null, limit: number): CypherQuery {
  const lucene = luceneQuery(text);
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('entityNameKeys', $keys, {limit: $nameCandidates}) YIELD node
  RETURN node AS n
  UNION
  WITH $tokens AS tokens WHERE tokens IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNameTokens', tokens, {limit: $nameCandidates}) YIELD node
  RETURN node AS n
}
WITH n WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ${TIER} < 3
WITH collect({n: n, score: 0.0}) AS named
${fulltextBranch('entityNames', 'lucene', 'found')}
${fulltextBranch('entityNamesEn', 'luceneEn', 'foundEn')}
UNWIND named + found + foundEn AS hit
WITH hit.n AS n, max(hit.score) AS score
WITH n, score, ${TIER} AS rank, ${CLOSENESS} AS closeness
ORDER BY rank ASC, closeness ASC, CASE rank WHEN 3 THEN score ELSE 0.0 END DESC, n.id ASC
LIMIT $limit
RETURN ${entityProjection('n')} AS entity, rank, score`,
    params: {
      text: normalizeSearchText(text),
      keys: nameKeysQuery(text, kinds),
      tokens: nameTokensQuery(text),
      lucene,
      // The same query for `entityNamesEn`, only when `entityNames` cannot find all it would.
      luceneEn: hasCjkStopWord(text) ? lucene : null,
      kinds,
      limit,
      candidates: FULLTEXT_CANDIDATES,
      nameCandidates: NAME_CANDIDATES,
    },
  };
}
