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
    searchText: [nameEn, nameZh, ...aliases].join(' | ').normalize('NFC').toLowerCase(),
  };
}
