/** Pure parts of the briefing view: which entities it is about, its URL marker, file names and footnote text. */
import type { BriefingQuery } from '../api/gql/graphql';
import { citationForms, citationParts, citedName, type CitedDocument, type Lang } from '#domain';

export type Briefing = BriefingQuery['briefing'];
export type BriefingSource = Briefing['footnotes'][number];

/** The server's limit on a briefing's entities. */
export const BRIEFING_MAX_IDS = 200;
/** The address fragment that keeps the briefing open across a reload. */
export const BRIEFING_HASH = '#briefing';

/** The selected entities that are visible, or else every visible entity (at most BRIEFING_MAX_IDS). */
export function briefingIds(selection: readonly string[], visible: readonly string[]): string[] {
  const shown = new Set(visible);
  const selected = [...new Set(selection)].filter((id) => shown.has(id));
  return (selected.length > 0 ? selected : [...shown]).slice(0, BRIEFING_MAX_IDS);
}

/** A file name from the title: letters, digits (any script) and dashes. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'briefing'}.md`;
}

/** The title to ask the server for: the edited one, trimmed and capped at 200 characters; null for the default. */
export function requestedTitle(edited: string | null): string | null {
  const title = edited?.trim().slice(0, 200) ?? '';
  return title.length > 0 ? title : null;
}

export interface FootnoteText {
  /**
   * The document title (the full title once, a short title or ibid. after), section and footnote number, as one
   * line without the URL and the quote.
   */
  readonly where: string;
  readonly url: string | null;
  /** The quote in the language's quotation marks (in English, the atlas's translation of a Chinese one), or null. */
  readonly quote: string | null;
  /** The verbatim original in quotation marks when `quote` is the atlas's translation, else null. */
  readonly original: string | null;
  readonly supplementary: boolean;
}

export function footnoteText(
  source: BriefingSource,
  lang: Lang,
  cited: CitedDocument = { form: 'full' },
): FootnoteText {
  const c = citationParts(source, lang);
  const d = citedName(source, lang, cited);
  const parts: string[] = [(d.isTitle && lang === 'zh' ? `《${d.name}》` : d.name) + d.seeNote];
  if (c.section) parts.push(`§ ${c.section}`);
  if (c.footnote !== null) parts.push(lang === 'zh' ? `脚注${String(c.footnote)}` : `fn. ${String(c.footnote)}`);
  return {
    where: parts.join(lang === 'zh' ? '，' : ', '),
    url: c.url,
    quote: c.quote ? `“${c.quote}”` : null,
    original: c.original ? `“${c.original}”` : null,
    supplementary: c.supplementary,
  };
}

export function footnoteAnchor(n: number): string {
  return `briefing-fn-${String(n)}`;
}

/** The footnotes' texts in order: the report by its short title (the source line names it), repeats short or ibid. */
export function footnoteTexts(footnotes: readonly BriefingSource[], lang: Lang): FootnoteText[] {
  const forms = citationForms(footnotes.map((f) => f.documentId));
  return footnotes.map((f, i) => footnoteText(f, lang, forms[i]));
}
