/**
 * Footnotes: numbered 1..N in order of first use, one number per source (the domain's source identity), and each
 * footnote's text in Markdown or plain.
 */
import {
  canonicalSource,
  citationForms,
  citationParts,
  citedName,
  fromApiLang,
  oneLine,
  REPORT_SHORT_TITLE,
  sourceKey,
  type CitedDocument,
  type Source,
} from '#domain';
import { escapeMarkdown } from './escape';
import type { BriefingFootnote, BriefingLang, BriefingModel } from './types';
import { WORDS } from './words';

/** The document as a footnote names it: its full title, its short title (with the note citing it in full), or ibid. */
function documentName(source: Source, lang: BriefingLang, markdown: boolean, cited: CitedDocument): string {
  const words = WORDS[lang];
  const esc = markdown ? escapeMarkdown : oneLine;
  const n = citedName(source, fromApiLang(lang), cited);
  const name = esc(n.name);
  if (!n.isTitle) return name;
  return (n.isZh ? words.title(name, markdown) : markdown ? `*${name}*` : name) + n.seeNote;
}

/**
 * One footnote's text: document, section, footnote number, URL, then the quote; Markdown or plain. `cited` says
 * how it names the document (citationForms); a footnote read alone names it in full.
 */
export function citation(
  source: Source,
  lang: BriefingLang,
  markdown: boolean,
  cited: CitedDocument = { form: 'full' },
): string {
  const words = WORDS[lang];
  const esc = markdown ? escapeMarkdown : oneLine;
  const c = citationParts(source, fromApiLang(lang));
  const parts = [documentName(source, lang, markdown, cited)];
  if (c.section) parts.push(`${words.section}${esc(c.section)}`);
  if (c.footnote !== null) parts.push(words.footnote(c.footnote));
  if (c.url) parts.push(markdown && /^https?:\/\/[^\s<>]+$/u.test(c.url) ? `<${c.url}>` : esc(c.url));
  let text = parts.join(words.partSeparator);
  if (c.quote && c.original) {
    text += `: “${esc(c.quote)}” (translation by the atlas; original: “${esc(c.original)}”)`;
  } else if (c.quote) text += words.quote(esc(c.quote));
  if (c.supplementary) text += words.supplementary;
  if (c.note) text += ` — ${esc(c.note)}`;
  return text;
}

export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly list: BriefingFootnote[] = [];

  constructor(private readonly lang: BriefingLang) {}

  /** The footnote numbers of these sources, ascending; new sources get the next numbers, in order. */
  cite(sources: readonly Source[]): number[] {
    const cited = new Set<number>();
    for (const source of sources) {
      const key = sourceKey(source);
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(key, number);
        // `document` is the title in the briefing's language; the other fields stay as the source gives them.
        const document = oneLine(citationParts(source, fromApiLang(this.lang)).document);
        this.list.push({ number, ...canonicalSource(source), document });
      }
      cited.add(number);
    }
    return [...cited].sort((a, b) => a - b);
  }
}

/** The footnotes 1..N in order, the report by its short title, a repeated document short or ibid. */
export function citations(footnotes: readonly Source[], lang: BriefingLang, markdown: boolean): string[] {
  const forms = citationForms(footnotes.map((f) => f.documentId));
  return footnotes.map((f, i) => citation(f, lang, markdown, forms[i]));
}

/** The source line: the report's full title, the short title the footnotes cite it by; Markdown or plain. */
export function sourceLine(model: Pick<BriefingModel, 'lang' | 'report'>, markdown: boolean): string {
  const words = WORDS[model.lang];
  const esc = markdown ? escapeMarkdown : oneLine;
  return words.sourceLine(
    words.title(esc(model.report), markdown),
    words.title(esc(REPORT_SHORT_TITLE[fromApiLang(model.lang)]), markdown),
  );
}

/** Footnote reference markers: `[^1][^3]`. */
export function markers(numbers: readonly number[]): string {
  return numbers.map((n) => `[^${n}]`).join('');
}
