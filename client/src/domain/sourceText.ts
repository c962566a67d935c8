/**
 * How a cited source reads in the interface's language: the document's title in that language and, in English, the
 * atlas's translations of the report's Chinese section heading and quote — with the verbatim original kept beside
 * the quote, because a translation is the atlas's rendering, not the report's words. Pure, so it is unit-tested.
 */
import type { Lang } from '../state/types';

export interface SourceTexts {
  readonly document: string;
  readonly documentZh?: string | null;
  readonly section: string | null;
  readonly sectionEn?: string | null;
  readonly quote: string | null;
  readonly quoteEn?: string | null;
}

export interface LocalizedSource {
  readonly document: string;
  readonly section: string | null;
  /** The quote to show: the original, or in English the atlas's translation of a Chinese one. */
  readonly quote: string | null;
  /** The verbatim original when `quote` is the atlas's translation; null when `quote` is the original. */
  readonly original: string | null;
}

export function localizeSource(source: SourceTexts, lang: Lang): LocalizedSource {
  if (lang === 'zh') {
    return {
      document: source.documentZh ?? source.document,
      section: source.section,
      quote: source.quote,
      original: null,
    };
  }
  const translation = source.quote ? (source.quoteEn ?? null) : null;
  return {
    document: source.document,
    section: source.sectionEn ?? source.section,
    quote: translation ?? source.quote,
    original: translation === null ? null : source.quote,
  };
}
