/**
 * The atlas's English renderings of the report's Chinese, as the loader looks them up: one per distinct quote and
 * per section heading, from `data/translations.yaml` (read and checked by translationCheck.ts). Quotes are verbatim
 * substrings of the report and many facts cite the same one, so a translation lives in one place and every source
 * that quotes it gets it.
 * Lookup folds whitespace the way quote matching does (normalize.ts), so reflowing a quote in a seed file does not
 * orphan its translation. Text without Chinese characters (quotes of English outside sources) needs no
 * translation and gets none. Pure (no Node APIs), because the browser's export code reaches it through cypher.ts.
 */
import { normalizeWhitespace } from './normalize';

export const TRANSLATIONS_KEY = 'translations.yaml';

export interface Translations {
  /** Normalised Chinese quote → its English rendering. */
  readonly quotes: ReadonlyMap<string, string>;
  /** Normalised Chinese section heading (or the report's title) → its English name. */
  readonly sections: ReadonlyMap<string, string>;
}

export const NO_TRANSLATIONS: Translations = { quotes: new Map(), sections: new Map() };

const HAN = /\p{Script=Han}/u;

/** True when the text contains Chinese characters, so an English reader needs a rendering of it. */
export function needsTranslation(text: string): boolean {
  return HAN.test(text);
}

/** The atlas's English rendering of a quote, or null when it needs none (or has none). */
export function translateQuote(translations: Translations, quote: string | null | undefined): string | null {
  if (!quote || !needsTranslation(quote)) return null;
  return translations.quotes.get(normalizeWhitespace(quote)) ?? null;
}

/** The English name of a section heading, or null when it needs none (or has none). */
export function translateSection(translations: Translations, section: string | null | undefined): string | null {
  if (!section || !needsTranslation(section)) return null;
  return translations.sections.get(normalizeWhitespace(section)) ?? null;
}
