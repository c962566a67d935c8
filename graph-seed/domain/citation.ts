/**
 * What a citation says in a reader's language: the one place that decides which title, section and quote a source
 * is cited by. Renderers (the briefing's Markdown, the exports' text, the panels) only arrange, escape and wrap
 * these parts. In English a Chinese section and quote read in the atlas's translation, and the verbatim original
 * follows the quote, because a translation is the atlas's rendering, not the document's words.
 */
import type { Lang } from './lang';
import type { Source } from './source';
import { REPORT_DOCUMENT_ID } from './vocabulary';

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

/**
 * The report's short title. A briefing names the report in full once, in its source line ("cited below as …"),
 * and its footnotes cite it by this short form, so the long title does not fill every footnote.
 */
export const REPORT_SHORT_TITLE: Readonly<Record<Lang, string>> = { en: 'UNIDO expert report', zh: '专家报告' };

/** Titles longer than this (in characters) are cut at a word for their short form. */
const SHORT_TITLE_MAX: Readonly<Record<Lang, number>> = { en: 40, zh: 14 };

/**
 * A document's short title for citations after the first: the report's fixed short title, else the title without
 * a trailing parenthesis ("(website)"), cut at a word with "…" when it is still long.
 */
export function shortTitle(documentId: string, title: string, lang: Lang): string {
  if (documentId === REPORT_DOCUMENT_ID) return REPORT_SHORT_TITLE[lang];
  const bare = title.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim() || title.trim();
  const max = SHORT_TITLE_MAX[lang];
  if (Array.from(bare).length <= max) return bare;
  const cut = Array.from(bare).slice(0, max).join('');
  const atWord = cut.replace(/[\s:：,，;；]+\S*$/u, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).replace(/[\s:：,，;；]+$/u, '')}…`;
}

/**
 * How a footnote names its document: in full (its first citation), by the short title (cited before; `firstNote`
 * is the footnote that cites it in full, null for the report, which the source line names), or *ibid.* (the same
 * document as the footnote just before).
 */
export type CitedDocument =
  { readonly form: 'full' } | { readonly form: 'short'; readonly firstNote: number | null } | { readonly form: 'ibid' };

/** The form of each footnote's document, given the documents of footnotes 1..N in order. */
export function citationForms(documentIds: readonly string[]): CitedDocument[] {
  const first = new Map<string, number | null>([[REPORT_DOCUMENT_ID, null]]);
  return documentIds.map((id, i): CitedDocument => {
    if (i > 0 && documentIds[i - 1] === id) return { form: 'ibid' };
    const firstNote = first.get(id);
    if (firstNote !== undefined) return { form: 'short', firstNote };
    first.set(id, i + 1);
    return { form: 'full' };
  });
}

const IBID: Readonly<Record<Lang, string>> = { en: 'Ibid.', zh: '同上' };
const SEE_NOTE: Readonly<Record<Lang, (n: number) => string>> = {
  en: (n) => ` (n. ${String(n)})`,
  zh: (n) => `（见注${String(n)}）`,
};

/** How one footnote names its document, for renderers to escape and set (italics, 《》) as they do titles. */
export interface CitedName {
  /** The full or short title, or "Ibid." / "同上" (which is not a title, so it is not set as one). */
  readonly name: string;
  readonly isTitle: boolean;
  /** `name` is a Chinese title. */
  readonly isZh: boolean;
  /** After a short title: " (n. 3)" / "（见注3）", pointing at the footnote that cites the document in full; or "". */
  readonly seeNote: string;
}

export function citedName(source: Source, lang: Lang, cited: CitedDocument = { form: 'full' }): CitedName {
  if (cited.form === 'ibid') return { name: IBID[lang], isTitle: false, isZh: false, seeNote: '' };
  const c = citationParts(source, lang);
  const name = cited.form === 'full' ? c.document : shortTitle(source.documentId, c.document, lang);
  const note = cited.form === 'short' && cited.firstNote !== null ? SEE_NOTE[lang](cited.firstNote) : '';
  return { name, isTitle: true, isZh: c.documentIsZh, seeNote: note };
}
