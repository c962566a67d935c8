/**
 * Whitespace normalisation shared by the report text and the quotes checked against it.
 * The report was extracted from a PDF, so line breaks and stray spaces fall in the middle of Chinese phrases
 * ("规避\n限制", "政策制定 者"); a quote typed by a person must still match. Only whitespace is touched:
 * punctuation and character width are left alone because folding them could change what a quote says.
 */

/**
 * Han, kana, Hangul and Bopomofo, plus CJK and full-width punctuation: CJK Symbols and Punctuation (U+3000–303F),
 * vertical and compatibility forms (U+FE10–FE1F, U+FE30–FE4F) and Halfwidth and Fullwidth Forms (U+FF00–FFEF).
 * Chinese does not separate words with spaces, so a space next to any of these carries no meaning.
 */
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}' +
  '\\u3000-\\u303F\\uFE10-\\uFE1F\\uFE30-\\uFE4F\\uFF00-\\uFFEF';

const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/** True when the character is a CJK character or CJK / full-width punctuation. */
export function isCjk(char: string): boolean {
  return new RegExp(`^[${CJK}]$`, 'u').test(char);
}

/**
 * NFC; every run of whitespace becomes one space; a space is dropped when either neighbour is CJK; trimmed.
 * So "规避 限制" and "规避\n限制" both become "规避限制", while "GPT-4 model" keeps its space.
 */
export function normalizeWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').replace(SPACE_NEXT_TO_CJK, '').trim();
}
