/**
 * The search fields the loader derives from names and aliases. Pure and free of Node APIs: the loader and the
 * Cypher export script (which also runs in the browser) both call it, so a rebuilt graph matches a loaded one.
 */
export interface SearchFields {
  readonly aliasesEn: string[];
  readonly aliasesZh: string[];
  /** One list for search and display; an alias given in both languages (e.g. "H100") appears once. */
  readonly aliases: string[];
  readonly aliasesText: string;
  /** Lower-cased names and aliases for `CONTAINS`, which the bigram full-text index cannot answer for 1 char. */
  readonly searchText: string;
}

/**
 * What joins the names and aliases in `searchText`. The search API relies on it to find exact names and name
 * prefixes through the text index: a name equal to "x" sits at the start ("x | …"), between two separators or at
 * the end; a name starting with "x" sits at the start or right after a separator.
 */
export const SEARCH_TEXT_SEPARATOR = ' | ';

export function searchFields(
  nameEn: string,
  nameZh: string,
  aliasesEn: readonly string[],
  aliasesZh: readonly string[],
): SearchFields {
  const aliases = [...new Set([...aliasesEn, ...aliasesZh])];
  return {
    aliasesEn: [...aliasesEn],
    aliasesZh: [...aliasesZh],
    aliases,
    aliasesText: aliases.join(' | '),
    searchText: [nameEn, nameZh, ...aliases].join(SEARCH_TEXT_SEPARATOR).normalize('NFC').toLowerCase(),
  };
}

/** The longest search text the API accepts (after trimming); the search box refuses longer text before asking. */
export const SEARCH_TEXT_MAX_LENGTH = 200;
