/**
 * The search fields the loader derives from names and aliases. Pure and free of Node APIs: the loader and the
 * Cypher export script (which also runs in the browser) both call it, so a rebuilt graph matches a loaded one. The
 * API folds the user's text with the same `normalizeSearchText`, so a name and the text typed for it compare equal.
 */
export interface SearchFields {
  readonly aliasesEn: string[];
  readonly aliasesZh: string[];
  /** One list for search and display; an alias given in both languages (e.g. "H100") appears once. */
  readonly aliases: string[];
  readonly aliasesText: string;
  /**
   * Every name and alias, folded by `normalizeSearchText`, each once. The keyword full-text index `entityNameKeys`
   * holds each as one term, so an exact name is one term lookup and a name prefix one prefix query.
   */
  readonly nameKeys: string[];
}

/** Case- and width-folded text with its whitespace collapsed (full-width "ＷＡ" → "wa"). */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

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
    nameKeys: [...new Set([nameEn, nameZh, ...aliases].map(normalizeSearchText))].filter((key) => key !== ''),
  };
}

/** The longest search text the API accepts (after trimming); the search box refuses longer text before asking. */
export const SEARCH_TEXT_MAX_LENGTH = 200;
