/**
 * What a citation says in a reader's language: the one place that decides which title, section and quote a source
 * is cited by. Renderers (the briefing's Markdown, the exports' text, the panels) only arrange, escape and wrap
 * these parts. In English a Chinese section and quote read in the atlas's translation, and the verbatim original
 * follows the quote, because a translation is the atlas's rendering, not the document's words.
 */
import type { Lang } from './lang';
import type { Source } from './source';

export interface CitationParts {
  /** The document's title in the reader's language, where the source has one in it. */
  readonly document: string;
  /** `document` is the Chinese title (so Chinese typography may set it in 《》). */
  readonly documentIsZh: boolean;
  readonly section: string | null;
  readonly footnote: number | null;
  readonly url: string | null;
  /** The quote to show: the original, or in English the atlas's translation of a Chinese one. */
  readonly quote: string | null;
  /** The verbatim original when `quote` is the atlas's translation; null when `quote` is the original. */
  readonly original: string | null;
  readonly supplementary: boolean;
  readonly note: string | null;
}

export function citationParts(source: Source, lang: Lang): CitationParts {
  const translation = lang === 'en' && source.quote && source.quoteEn ? source.quoteEn : null;
  return {
    document: (lang === 'zh' ? source.documentZh : null) ?? source.document,
    documentIsZh: lang === 'zh' && Boolean(source.documentZh),
    section: (lang === 'en' ? source.sectionEn : null) ?? source.section,
    footnote: source.footnote,
    url: source.url,
    quote: translation ?? source.quote,
    original: translation === null ? null : source.quote,
    supplementary: source.supplementary,
    note: source.note ?? null,
  };
}
